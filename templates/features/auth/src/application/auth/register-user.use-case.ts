import { Injectable } from '@nestjs/common';
import type { User } from '../../domain/users/user.entity.js';
import { UserRepository } from '../../domain/users/user.repository.port.js';
import { PasswordHasher } from './password-hasher.port.js';

@Injectable()
export class RegisterUserUseCase {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordHasher,
  ) {}

  /** A taken email surfaces as the repository's conflict error (409), also when two requests race. */
  async execute(input: { email: string; password: string }): Promise<User> {
    const passwordHash = await this.passwords.hash(input.password);
    return this.users.create({ email: input.email, passwordHash });
  }
}
