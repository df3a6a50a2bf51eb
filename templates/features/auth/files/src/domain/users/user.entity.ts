import type { Role } from '../../shared/roles.js';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly createdAt: Date;
}

/** A user together with the secret only the login use case may see. */
export interface UserCredentials extends User {
  readonly passwordHash: string;
}
