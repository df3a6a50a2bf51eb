import type { Role } from '../../shared/roles.js';

export interface AccessTokenClaims {
  userId: string;
  email: string;
  role: Role;
}

/** The gateway only verifies: the identity service issues tokens with the private key. */
export abstract class AccessTokenService {
  /** Rejects with InvalidAccessTokenError on any problem: signature, algorithm, issuer, audience, expiry. */
  abstract verify(token: string): Promise<AccessTokenClaims>;
}
