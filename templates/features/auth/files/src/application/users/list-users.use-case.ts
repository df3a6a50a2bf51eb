import { Injectable } from '@nestjs/common';
import type { Page, PageRequest } from '../../shared/pagination.js';
import type { User } from '../../domain/users/user.entity.js';
import { UserRepository } from '../../domain/users/user.repository.port.js';

@Injectable()
export class ListUsersUseCase {
  constructor(private readonly users: UserRepository) {}

  execute(page: PageRequest): Promise<Page<User>> {
    return this.users.list(page);
  }
}
