import { Injectable } from '@nestjs/common';
import { InvalidCredentialsError } from '../../domain/auth/auth.errors.js';
import { UserAccounts } from '../users/user-accounts.js';
import { PasswordHasher } from './password-hasher.port.js';
import { TokenPairIssuer } from './token-pair-issuer.js';
import type { TokenPair } from './token-pair.js';

@Injectable()
export class LogInUseCase {
  private decoyHash: Promise<string> | undefined;

  constructor(
    private readonly accounts: UserAccounts,
    private readonly passwords: PasswordHasher,
    private readonly tokens: TokenPairIssuer,
  ) {}

  async execute(input: { email: string; password: string }): Promise<TokenPair> {
    const user = await this.accounts.findCredentialsByEmail(input.email);
    // An unknown email still costs one hash verification, so response times do not reveal which emails exist.
    const valid = await this.passwords.verify(user?.passwordHash ?? (await this.decoy()), input.password);
    if (!user || !valid) throw new InvalidCredentialsError();
    return this.tokens.issue(user);
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.passwords.hash(crypto.randomUUID());
    return this.decoyHash;
  }
}
