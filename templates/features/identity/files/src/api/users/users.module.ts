import { Module } from '@nestjs/common';
import { UserAccounts } from '../../application/users/user-accounts.js';
import { usersProviders } from '../../infrastructure/users/users.providers.js';
import { UsersMessagesController } from './users.messages.controller.js';

@Module({
  controllers: [UsersMessagesController],
  providers: usersProviders,
  exports: [UserAccounts],
})
export class UsersModule {}
