import type { User, UserCredentials } from '../../domain/users/user.entity.js';

/** What other parts of the app may ask of users; auth depends on this, never on the users' repository. */
export abstract class UserAccounts {
  /** A taken email surfaces as the repository's conflict error (409), also when two requests race. */
  abstract register(account: { email: string; passwordHash: string }): Promise<User>;
  abstract findById(id: string): Promise<User | null>;
  /** The only way to a password hash: for the login use case. */
  abstract findCredentialsByEmail(email: string): Promise<UserCredentials | null>;
}
