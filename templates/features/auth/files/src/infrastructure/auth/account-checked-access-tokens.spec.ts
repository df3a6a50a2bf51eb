import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { type AccessTokenClaims, AccessTokenService } from '../../application/auth/access-token.port.js';
import type { UserAccounts } from '../../application/users/user-accounts.js';
import { InvalidAccessTokenError } from '../../domain/auth/auth.errors.js';
import type { User } from '../../domain/users/user.entity.js';
import { AccountCheckedAccessTokens } from './account-checked-access-tokens.js';

const CLAIMS: AccessTokenClaims = { userId: 'user-1', email: 'ada@example.com', role: 'user' };
const USER: User = { id: 'user-1', email: 'ada@example.com', role: 'user', createdAt: new Date() };

class FixedTokens extends AccessTokenService {
  issue = vi.fn(() => Promise.resolve({ token: 'token', expiresInSeconds: 900 }));
  verify = vi.fn((token: string) =>
    token === 'valid' ? Promise.resolve(CLAIMS) : Promise.reject(new InvalidAccessTokenError()),
  );
}

function accountsWith(findById: UserAccounts['findById']) {
  const findByIdMock = vi.fn(findById);
  const accounts = { findById: findByIdMock } as unknown as UserAccounts;
  return { accounts, findById: findByIdMock };
}

describe('AccountCheckedAccessTokens', () => {
  it('accepts a valid token whose user still has an account', async () => {
    const { accounts } = accountsWith(() => Promise.resolve(USER));
    await expect(new AccountCheckedAccessTokens(new FixedTokens(), accounts).verify('valid')).resolves.toEqual(CLAIMS);
  });

  it("refuses a valid token whose user's account is gone", async () => {
    const { accounts } = accountsWith(() => Promise.resolve(null));
    const tokens = new AccountCheckedAccessTokens(new FixedTokens(), accounts);
    await expect(tokens.verify('valid')).rejects.toBeInstanceOf(InvalidAccessTokenError);
  });

  it('refuses a bad token without looking up an account', async () => {
    const { accounts, findById } = accountsWith(() => Promise.resolve(USER));
    const tokens = new AccountCheckedAccessTokens(new FixedTokens(), accounts);
    await expect(tokens.verify('forged')).rejects.toBeInstanceOf(InvalidAccessTokenError);
    expect(findById).not.toHaveBeenCalled();
  });

  it('looks an account up once for concurrent and repeated requests, and again once the answer is old', async () => {
    const { accounts, findById } = accountsWith(() => Promise.resolve(USER));
    const tokens = new AccountCheckedAccessTokens(new FixedTokens(), accounts, 50);
    await Promise.all([tokens.verify('valid'), tokens.verify('valid'), tokens.verify('valid')]);
    await tokens.verify('valid');
    expect(findById).toHaveBeenCalledTimes(1);
    await sleep(120);
    await tokens.verify('valid');
    expect(findById).toHaveBeenCalledTimes(2);
  });

  it('lets a failing lookup surface as itself, not as a bad token', async () => {
    const outage = new Error('database unreachable');
    const { accounts } = accountsWith(() => Promise.reject(outage));
    await expect(new AccountCheckedAccessTokens(new FixedTokens(), accounts).verify('valid')).rejects.toBe(outage);
  });

  it('issues tokens through the wrapped service', async () => {
    const wrapped = new FixedTokens();
    const { accounts } = accountsWith(() => Promise.resolve(USER));
    await new AccountCheckedAccessTokens(wrapped, accounts).issue(CLAIMS);
    expect(wrapped.issue).toHaveBeenCalledWith(CLAIMS);
  });
});
