import { generateKeyPair } from 'jose';
import { authTestEnvironment } from './auth-test-environment.js';
import { JWT_ALGORITHM } from '../../src/infrastructure/auth/jwt-keys.js';

/** A key of the right kind that the app has never seen. */
export async function foreignSigningKey() {
  return (await generateKeyPair(JWT_ALGORITHM, { extractable: true })).privateKey;
}

/** The classic confusion attack: HS256 "signed" with the public key as the HMAC secret. */
export function switchedAlgorithm() {
  return { algorithm: 'HS256', key: new TextEncoder().encode(authTestEnvironment.JWT_PUBLIC_KEY) };
}
