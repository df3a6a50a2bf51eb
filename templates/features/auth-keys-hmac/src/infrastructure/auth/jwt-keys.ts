import type { AppConfig } from '../config/app-config.js';

/** The one algorithm tokens are signed and accepted with; tokens claiming any other are rejected. */
export const JWT_ALGORITHM = 'HS256';

export interface JwtKeys {
  signingKey: Uint8Array;
  verificationKey: Uint8Array;
}

export function loadJwtKeys(config: AppConfig): Promise<JwtKeys> {
  const secret = new TextEncoder().encode(config.get('JWT_SECRET'));
  return Promise.resolve({ signingKey: secret, verificationKey: secret });
}
