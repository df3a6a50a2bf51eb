import { Injectable } from '@nestjs/common';
import type { User } from '../../domain/users/user.entity.js';
import { AccountGoneError } from '../../domain/users/user.errors.js';
import { UserRepository } from '../../domain/users/user.repository.port.js';

@Injectable()
export class GetCurrentUserUseCase {
  constructor(private readonly users: UserRepository) {}

  async execute(userId: string): Promise<User> {
    const user = await this.users.findById(userId);
    if (!user) throw new AccountGoneError();
    return user;
  }
}
