import { Module } from '@nestjs/common';
import { UserAccounts } from '../../application/users/user-accounts.js';
import { usersProviders } from '../../infrastructure/users/users.providers.js';
import { UsersController } from './users.controller.js';

@Module({
  controllers: [UsersController],
  providers: usersProviders,
  exports: [UserAccounts],
})
export class UsersModule {}
