import { z } from 'zod';

const email = z.email().trim().toLowerCase().max(254);

export const registerRequestSchema = z
  .object({ email, password: z.string().min(8).max(128) })
  .meta({ id: 'RegisterRequest' });

export const loginRequestSchema = z
  .object({ email, password: z.string().min(1).max(128) })
  .meta({ id: 'LoginRequest' });

export const refreshTokenRequestSchema = z
  .object({ refresh_token: z.string().min(1).max(512) })
  .meta({ id: 'RefreshTokenRequest' });

export const registeredUserSchema = z
  .object({ data: z.object({ id: z.uuid(), email: z.email() }) })
  .meta({ id: 'RegisteredUser' });

/** RFC 6749 section 5.1 field names. */
export const tokenResponseSchema = z
  .object({
    data: z.object({
      access_token: z.string(),
      refresh_token: z.string(),
      token_type: z.literal('Bearer'),
      expires_in: z.int(),
    }),
  })
  .meta({ id: 'TokenResponse' });

export type RegisterRequest = z.infer<typeof registerRequestSchema>;
export type LoginRequest = z.infer<typeof loginRequestSchema>;
export type RefreshTokenRequest = z.infer<typeof refreshTokenRequestSchema>;
export type TokenResponse = z.infer<typeof tokenResponseSchema>;
export type RegisteredUser = z.infer<typeof registeredUserSchema>;
