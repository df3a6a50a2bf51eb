import type { Page, PageRequest } from '../../shared/pagination.js';
import type { User, UserCredentials } from './user.entity.js';

export abstract class UserRepository {
  abstract create(user: { email: string; passwordHash: string }): Promise<User>;
  abstract findById(id: string): Promise<User | null>;
  abstract findCredentialsByEmail(email: string): Promise<UserCredentials | null>;
  abstract list(page: PageRequest): Promise<Page<User>>;
}
