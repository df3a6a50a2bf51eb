import { Injectable } from '@nestjs/common';
import { RefreshTokenRepository } from '../../domain/auth/refresh-token.repository.port.js';
import { hashRefreshToken } from './token-pair-issuer.js';

@Injectable()
export class LogOutUseCase {
  constructor(private readonly refreshTokens: RefreshTokenRepository) {}

  /** Ends the session the token belongs to; an unknown token is not an error, so logout is idempotent. */
  async execute(refreshToken: string): Promise<void> {
    const stored = await this.refreshTokens.findByHash(hashRefreshToken(refreshToken));
    if (stored) await this.refreshTokens.revokeFamily(stored.familyId);
  }
}
