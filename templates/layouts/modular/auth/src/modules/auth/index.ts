export { AuthModule } from './auth.module.js';
export { AuthenticationGuard } from './api/authentication.guard.js';
export { AuthorizationGuard } from './api/authorization.guard.js';
