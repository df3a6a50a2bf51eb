import { Module } from '@nestjs/common';
import { authProviders } from '../../infrastructure/auth/auth.providers.js';
import { UsersModule } from '../users/users.module.js';
import { AuthMessagesController } from './auth.messages.controller.js';

@Module({
  imports: [UsersModule],
  controllers: [AuthMessagesController],
  providers: authProviders,
})
export class AuthModule {}
