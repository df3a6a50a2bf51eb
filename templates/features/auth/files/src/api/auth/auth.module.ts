import { Module } from '@nestjs/common';
import { AccessTokenService } from '../../application/auth/access-token.port.js';
import { authProviders } from '../../infrastructure/auth/auth.providers.js';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';

@Module({
  imports: [UsersModule],
  controllers: [AuthController],
  providers: authProviders,
  exports: [AccessTokenService],
})
export class AuthModule {}
