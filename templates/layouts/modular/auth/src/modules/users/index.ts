export { UsersModule } from './users.module.js';
export { UserAccounts } from './application/user-accounts.js';
export type { User, UserCredentials } from './domain/user.entity.js';
export { UserRegistered } from './domain/user-registered.event.js';
