export const ROLES = ['user', 'admin'] as const;

export type Role = (typeof ROLES)[number];

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
