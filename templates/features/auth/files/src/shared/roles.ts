/** The roles `@Roles()` checks; every access token carries one. */
export const ROLES = ['user', 'admin'] as const;

export type Role = (typeof ROLES)[number];
