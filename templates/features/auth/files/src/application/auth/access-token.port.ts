import type { Role } from '../../shared/roles.js';

export interface AccessTokenClaims {
  userId: string;
  email: string;
  role: Role;
}

export interface IssuedAccessToken {
  token: string;
  expiresInSeconds: number;
}

export abstract class AccessTokenService {
  abstract issue(claims: AccessTokenClaims): Promise<IssuedAccessToken>;
  /** Rejects with InvalidAccessTokenError on any problem: signature, algorithm, issuer, audience, expiry. */
  abstract verify(token: string): Promise<AccessTokenClaims>;
}
