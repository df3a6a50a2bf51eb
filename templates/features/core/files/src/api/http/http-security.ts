import type { SecurityHeadersOptions } from '@nestjs/common';

export const BODY_LIMIT_BYTES = 1024 * 1024;

// helmet's headers, computed once by Nest. Swagger UI at /docs needs inline styles and data: images;
// everything else stays same-origin.
export const SECURITY_HEADERS: SecurityHeadersOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      scriptSrc: ["'self'"],
    },
  },
};
