import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import {
  type AccessTokenClaims,
  AccessTokenService,
  type IssuedAccessToken,
} from '../../application/auth/access-token.port.js';
import { InvalidAccessTokenError } from '../../domain/auth/auth.errors.js';
import { ROLES } from '../../shared/roles.js';
import type { AppConfig } from '../config/app-config.js';
import { JWT_ALGORITHM, type JwtKeys } from './jwt-keys.js';

const payloadSchema = z.object({ sub: z.string(), email: z.string(), role: z.enum(ROLES) });

/** Built by AuthModule once the keys are loaded. */
export class JoseAccessTokenService extends AccessTokenService {
  constructor(
    private readonly keys: JwtKeys,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async issue(claims: AccessTokenClaims): Promise<IssuedAccessToken> {
    const ttl = this.config.get('JWT_ACCESS_TTL');
    const token = await new SignJWT({ email: claims.email, role: claims.role })
      .setProtectedHeader({ alg: JWT_ALGORITHM, typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(this.config.get('JWT_ISSUER'))
      .setAudience(this.config.get('JWT_AUDIENCE'))
      .setIssuedAt()
      .setExpirationTime(`${ttl}s`)
      .sign(this.keys.signingKey);
    return { token, expiresInSeconds: ttl };
  }

  async verify(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.keys.verificationKey, {
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
