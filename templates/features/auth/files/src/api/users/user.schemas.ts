import { z } from 'zod';
import type { User } from '../../domain/users/user.entity.js';
import { ROLES } from '../../shared/roles.js';
import { dataEnvelopeSchema, pageEnvelopeSchema } from '../http/response-envelope.js';

export const userSchema = z
  .object({ id: z.uuid(), email: z.email(), role: z.enum(ROLES), createdAt: z.iso.datetime() })
  .meta({ id: 'User' });

export const userResponseSchema = dataEnvelopeSchema(userSchema);
export const userPageResponseSchema = pageEnvelopeSchema(userSchema);

export const listUsersQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export type UserResponse = z.infer<typeof userSchema>;
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

export function toUserResponse(user: User): UserResponse {
  return { id: user.id, email: user.email, role: user.role, createdAt: user.createdAt.toISOString() };
}
