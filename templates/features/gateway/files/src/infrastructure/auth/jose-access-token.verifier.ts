import { type CryptoKey, jwtVerify } from 'jose';
import { z } from 'zod';
import { type AccessTokenClaims, AccessTokenService } from '../../application/auth/access-token.port.js';
import { InvalidAccessTokenError } from '../../domain/auth/auth.errors.js';
import { ROLES } from '../../shared/roles.js';
import type { AppConfig } from '../config/app-config.js';
import { JWT_ALGORITHM } from './jwt-keys.js';

const payloadSchema = z.object({ sub: z.string(), email: z.string(), role: z.enum(ROLES) });

/** Built by AuthModule once the public key is loaded. */
export class JoseAccessTokenVerifier extends AccessTokenService {
  constructor(
    private readonly verificationKey: CryptoKey,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.verificationKey, {
        algorithms: [JWT_ALGORITHM],
        issuer: this.config.get('JWT_ISSUER'),
        audience: this.config.get('JWT_AUDIENCE'),
        requiredClaims: ['exp', 'sub'],
      });
      const { sub, email, role } = payloadSchema.parse(payload);
      return { userId: sub, email, role };
    } catch {
      throw new InvalidAccessTokenError();
    }
  }
}
