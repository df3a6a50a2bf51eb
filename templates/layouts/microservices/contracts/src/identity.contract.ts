import { z } from 'zod';
import { ROLES } from './message.js';

export const IDENTITY_SERVICE = 'identity';

export const IdentityPatterns = {
  ping: 'identity.ping',
  register: 'identity.register',
  logIn: 'identity.log-in',
  refresh: 'identity.refresh',
  logOut: 'identity.log-out',
  currentUser: 'identity.users.current',
  listUsers: 'identity.users.list',
} as const;

const email = z.email().trim().toLowerCase().max(254);

export const registerInputSchema = z.object({ email, password: z.string().min(8).max(128) });
export const logInInputSchema = z.object({ email, password: z.string().min(1).max(128) });
export const refreshTokenInputSchema = z.object({ refresh_token: z.string().min(1).max(512) });

export const userSchema = z.object({
  id: z.uuid(),
  email: z.email(),
  role: z.enum(ROLES),
  createdAt: z.iso.datetime(),
});

/** RFC 6749 section 5.1 field names. */
export const tokenPairSchema = z.object({
  access_token: z.string(),
  refresh_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.int(),
});

export type RegisterInput = z.infer<typeof registerInputSchema>;
export type LogInInput = z.infer<typeof logInInputSchema>;
export type RefreshTokenInput = z.infer<typeof refreshTokenInputSchema>;
export type UserView = z.infer<typeof userSchema>;
export type TokenPairView = z.infer<typeof tokenPairSchema>;
