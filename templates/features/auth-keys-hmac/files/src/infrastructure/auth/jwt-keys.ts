import type { CryptoKey } from 'jose';
import type { AppConfig } from '../config/app-config.js';

/** The one algorithm tokens are signed and accepted with; tokens claiming any other are rejected. */
export const JWT_ALGORITHM = 'HS256';

export interface JwtKeys {
  signingKey: CryptoKey;
  verificationKey: CryptoKey;
}

/** Imports the secret once: given raw bytes, jose would import them into WebCrypto again on every request. */
export async function loadJwtKeys(config: AppConfig): Promise<JwtKeys> {
  const secret = new TextEncoder().encode(config.get('JWT_SECRET'));
  const key: CryptoKey = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  return { signingKey: key, verificationKey: key };
}
