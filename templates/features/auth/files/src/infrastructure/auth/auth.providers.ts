import type { Provider } from '@nestjs/common';
import { AccessTokenService } from '../../application/auth/access-token.port.js';
import { AuthSettings } from '../../application/auth/auth-settings.js';
import { LogInUseCase } from '../../application/auth/log-in.use-case.js';
import { LogOutUseCase } from '../../application/auth/log-out.use-case.js';
import { PasswordHasher } from '../../application/auth/password-hasher.port.js';
import { RefreshSessionUseCase } from '../../application/auth/refresh-session.use-case.js';
import { RegisterUserUseCase } from '../../application/auth/register-user.use-case.js';
import { TokenPairIssuer } from '../../application/auth/token-pair-issuer.js';
import { UserAccounts } from '../../application/users/user-accounts.js';
import { RefreshTokenRepository } from '../../domain/auth/refresh-token.repository.port.js';
import { AppConfig } from '../config/app-config.js';
import { AccountCheckedAccessTokens } from './account-checked-access-tokens.js';
import { Argon2PasswordHasher } from './argon2-password.hasher.js';
import { ConfigAuthSettings } from './config-auth.settings.js';
import { JoseAccessTokenService } from './jose-access-token.service.js';
import { loadJwtKeys } from './jwt-keys.js';
import { PrismaRefreshTokenRepository } from './prisma-refresh-token.repository.js';

/** The auth use cases and the adapters behind their ports, for whichever API module serves them. */
export const authProviders: Provider[] = [
  {
    provide: AccessTokenService,
    inject: [AppConfig, UserAccounts],
    useFactory: async (config: AppConfig, accounts: UserAccounts) =>
      new AccountCheckedAccessTokens(new JoseAccessTokenService(await loadJwtKeys(config), config), accounts),
  },
  { provide: PasswordHasher, useClass: Argon2PasswordHasher },
  { provide: AuthSettings, useClass: ConfigAuthSettings },
  { provide: RefreshTokenRepository, useClass: PrismaRefreshTokenRepository },
  TokenPairIssuer,
  RegisterUserUseCase,
  LogInUseCase,
  RefreshSessionUseCase,
  LogOutUseCase,
];
