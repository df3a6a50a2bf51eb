import { generateSecret } from 'jose';
import { authTestEnvironment } from './auth-test-environment.js';

/** A key of the right kind that the app has never seen. */
export function foreignSigningKey() {
  return generateSecret('HS256', { extractable: true });
}

/** The same secret under another HMAC algorithm: the app must accept HS256 only. */
export function switchedAlgorithm() {
  return { algorithm: 'HS384', key: new TextEncoder().encode(authTestEnvironment.JWT_SECRET) };
}
