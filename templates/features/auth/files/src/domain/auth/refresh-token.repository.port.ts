export interface StoredRefreshToken {
  readonly id: string;
  readonly userId: string;
  readonly familyId: string;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
}

export abstract class RefreshTokenRepository {
  abstract create(token: { userId: string; familyId: string; tokenHash: string; expiresAt: Date }): Promise<void>;
  abstract findByHash(tokenHash: string): Promise<StoredRefreshToken | null>;
  /** Revokes the token unless it already was; false means someone else used it first. */
  abstract revokeIfActive(id: string): Promise<boolean>;
  abstract revokeFamily(familyId: string): Promise<void>;
}
