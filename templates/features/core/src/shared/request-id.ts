import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'X-Request-Id';

const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Keeps a well-formed incoming id so traces can be followed across services; anything else gets a fresh one. */
export function resolveRequestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && ACCEPTED_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** The id that the request logger assigned to the raw Node request (Fastify wraps it in `raw`). */
export function requestIdOf(request: { id?: unknown; raw?: { id?: unknown } }): string | undefined {
  const id = request.raw?.id ?? request.id;
  return typeof id === 'string' ? id : undefined;
}
