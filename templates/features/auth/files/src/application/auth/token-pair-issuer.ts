import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { RefreshTokenRepository } from '../../domain/auth/refresh-token.repository.port.js';
import type { User } from '../../domain/users/user.entity.js';
import { AccessTokenService } from './access-token.port.js';
import { AuthSettings } from './auth-settings.js';
import type { TokenPair } from './token-pair.js';

/** Refresh tokens are opaque random strings; only their SHA-256 is stored, so a database leak reveals none. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class TokenPairIssuer {
  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly settings: AuthSettings,
  ) {}

  /** Issues a new pair; `familyId` ties rotated tokens of one login together so reuse can revoke them all. */
  async issue(user: User, familyId: string = randomUUID()): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.create({
      userId: user.id,
      familyId,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: new Date(Date.now() + this.settings.refreshTokenTtlSeconds * 1000),
    });
    const access = await this.accessTokens.issue({ userId: user.id, email: user.email, role: user.role });
    return { accessToken: access.token, refreshToken, expiresInSeconds: access.expiresInSeconds };
  }
}
