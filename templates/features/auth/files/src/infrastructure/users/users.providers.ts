import type { Provider } from '@nestjs/common';
import { GetCurrentUserUseCase } from '../../application/users/get-current-user.use-case.js';
import { ListUsersUseCase } from '../../application/users/list-users.use-case.js';
import { UserAccounts } from '../../application/users/user-accounts.js';
import { UserAccountsService } from '../../application/users/user-accounts.service.js';
import { UserRepository } from '../../domain/users/user.repository.port.js';
import { PrismaUserRepository } from './prisma-user.repository.js';

/** The users use cases and the adapter behind their repository port, for whichever API module serves them. */
export const usersProviders: Provider[] = [
  { provide: UserRepository, useClass: PrismaUserRepository },
  { provide: UserAccounts, useClass: UserAccountsService },
  GetCurrentUserUseCase,
  ListUsersUseCase,
];
