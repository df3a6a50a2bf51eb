export const BODY_LIMIT_BYTES = 1024 * 1024;

// Swagger UI at /docs needs inline styles and data: images; everything else stays same-origin.
export const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    scriptSrc: ["'self'"],
  },
};
