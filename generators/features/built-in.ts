/**
 * The built-in features, each a folder `templates/features/<name>/` (feature.json, files/). Order is render
 * order: a later feature's file replaces an earlier one's (auth's user model replaces the database feature's).
 */
export const builtInFeatures = [
  'app-base',
  'core',
  'http-fastify',
  'http-express',
  'database',
  'health',
  'openapi',
  'auth',
  'pagination',
  'auth-keys-hmac',
  'auth-keys-asymmetric',
  'rate-limit',
  'auth-rate-limit',
  'domain-events',
  // The apps of a microservices workspace.
  'gateway',
  'rpc-service',
  'message-broker',
  'identity',
  'resource',
] as const;
