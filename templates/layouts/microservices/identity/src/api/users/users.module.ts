import { Module } from '@nestjs/common';
import { GetCurrentUserUseCase } from '../../application/users/get-current-user.use-case.js';
import { ListUsersUseCase } from '../../application/users/list-users.use-case.js';
import { UserAccounts } from '../../application/users/user-accounts.js';
import { UserAccountsService } from '../../application/users/user-accounts.service.js';
import { UserRepository } from '../../domain/users/user.repository.port.js';
import { PrismaUserRepository } from '../../infrastructure/users/prisma-user.repository.js';
import { UsersMessagesController } from './users.messages.controller.js';

@Module({
  controllers: [UsersMessagesController],
  providers: [
    { provide: UserRepository, useClass: PrismaUserRepository },
    { provide: UserAccounts, useClass: UserAccountsService },
    GetCurrentUserUseCase,
    ListUsersUseCase,
  ],
  exports: [UserAccounts],
})
export class UsersModule {}
