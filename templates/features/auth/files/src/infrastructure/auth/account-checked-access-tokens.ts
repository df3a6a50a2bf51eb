import { LRUCache } from 'lru-cache';
import {
  type AccessTokenClaims,
  AccessTokenService,
  type IssuedAccessToken,
} from '../../application/auth/access-token.port.js';
import type { UserAccounts } from '../../application/users/user-accounts.js';
import { InvalidAccessTokenError } from '../../domain/auth/auth.errors.js';

// How long a user's deletion may take to reach tokens already issued; within it, no query is repeated.
const ACCOUNT_CHECK_TTL_MS = 5_000;
const ACCOUNTS_REMEMBERED = 10_000;

/**
 * Refuses the still-unexpired tokens of a user whose account is gone, checking the account at most once per
 * user every few seconds (concurrent requests share one query) instead of on every request.
 */
export class AccountCheckedAccessTokens extends AccessTokenService {
  private readonly accountExists: LRUCache<string, boolean>;

  constructor(
    private readonly tokens: AccessTokenService,
    accounts: UserAccounts,
    ttlMs = ACCOUNT_CHECK_TTL_MS,
  ) {
    super();
    this.accountExists = new LRUCache<string, boolean>({
      max: ACCOUNTS_REMEMBERED,
      ttl: ttlMs,
      fetchMethod: async (userId) => (await accounts.findById(userId)) !== null,
    });
  }

  issue(claims: AccessTokenClaims): Promise<IssuedAccessToken> {
    return this.tokens.issue(claims);
  }

  async verify(token: string): Promise<AccessTokenClaims> {
    const claims = await this.tokens.verify(token);
    if (!(await this.accountExists.fetch(claims.userId))) throw new InvalidAccessTokenError();
    return claims;
  }
}
