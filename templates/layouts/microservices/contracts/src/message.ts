import { z } from 'zod';

export const ROLES = ['user', 'admin'] as const;

export const callerSchema = z.object({ id: z.uuid(), email: z.email(), role: z.enum(ROLES) });

/** What travels with every message besides its data: the request it serves and who made it. */
export const messageMetaSchema = z.object({
  request_id: z.string().min(1).max(128),
  caller: callerSchema.optional(),
});

export type Caller = z.infer<typeof callerSchema>;
export type MessageMeta = z.infer<typeof messageMetaSchema>;

export interface Message<T> {
  meta: MessageMeta;
  data: T;
}

export const pageRequestSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export type PageRequest = z.infer<typeof pageRequestSchema>;

export interface Page<T> {
  items: T[];
  total: number;
}

/** A domain error as it crosses the transport: the gateway turns it back into the HTTP envelope. */
export const rpcErrorSchema = z.object({
  code: z.string().regex(/^[A-Z_]+$/),
  message: z.string(),
  details: z.array(z.object({ field: z.string(), message: z.string() })),
  /** Set when the error's HTTP status is not its code's usual one (a 422 VALIDATION_ERROR). */
  status: z.number().int().min(400).max(599).optional(),
});

export type RpcError = z.infer<typeof rpcErrorSchema>;
