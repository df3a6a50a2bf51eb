import { Injectable } from '@nestjs/common';
import type { User } from '../../domain/users/user.entity.js';
import { UserAccounts } from '../users/user-accounts.js';
import { PasswordHasher } from './password-hasher.port.js';

@Injectable()
export class RegisterUserUseCase {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly passwords: PasswordHasher,
  ) {}

  async execute(input: { email: string; password: string }): Promise<User> {
    const passwordHash = await this.passwords.hash(input.password);
    return this.accounts.register({ email: input.email, passwordHash });
  }
}
