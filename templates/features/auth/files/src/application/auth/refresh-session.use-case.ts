import { Injectable } from '@nestjs/common';
import { InvalidRefreshTokenError } from '../../domain/auth/auth.errors.js';
import { RefreshTokenRepository } from '../../domain/auth/refresh-token.repository.port.js';
import { UserAccounts } from '../users/user-accounts.js';
import { hashRefreshToken, TokenPairIssuer } from './token-pair-issuer.js';
import type { TokenPair } from './token-pair.js';

@Injectable()
export class RefreshSessionUseCase {
  constructor(
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly accounts: UserAccounts,
    private readonly tokens: TokenPairIssuer,
  ) {}

  /** Rotates the refresh token; presenting one that was already rotated revokes its whole family. */
  async execute(refreshToken: string): Promise<TokenPair> {
    const stored = await this.refreshTokens.findByHash(hashRefreshToken(refreshToken));
    if (!stored) throw new InvalidRefreshTokenError();
    if (stored.revokedAt || !(await this.refreshTokens.revokeIfActive(stored.id))) {
      // Reuse of a rotated token means it leaked: end every session that descends from the same login.
      await this.refreshTokens.revokeFamily(stored.familyId);
      throw new InvalidRefreshTokenError();
    }
    if (stored.expiresAt <= new Date()) throw new InvalidRefreshTokenError();
    const user = await this.accounts.findById(stored.userId);
    if (!user) throw new InvalidRefreshTokenError();
    return this.tokens.issue(user, stored.familyId);
  }
}
