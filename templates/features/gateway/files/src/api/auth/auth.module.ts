import { Module } from '@nestjs/common';
import { AccessTokenService } from '../../application/auth/access-token.port.js';
import { JoseAccessTokenVerifier } from '../../infrastructure/auth/jose-access-token.verifier.js';
import { loadVerificationKey } from '../../infrastructure/auth/jwt-keys.js';
import { AppConfig } from '../../infrastructure/config/app-config.js';
import { AuthController } from './auth.controller.js';

@Module({
  controllers: [AuthController],
  providers: [
    {
      provide: AccessTokenService,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => new JoseAccessTokenVerifier(await loadVerificationKey(config), config),
    },
  ],
  exports: [AccessTokenService],
})
export class AuthModule {}
