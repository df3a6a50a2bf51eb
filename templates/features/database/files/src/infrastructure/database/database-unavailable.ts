import { Prisma } from '../../generated/prisma/client.js';
import { driverErrorOf } from './driver-error.js';

// Unreachable (P1001), timed out (P1002, P1008), connection closed (P1017), no free connection in time (P2024),
// transaction not started or expired in time (P2028), write conflict or deadlock (P2034), too many connections (P2037).
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2034', 'P2037']);
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// Connection exception (08), shutting down or starting up (57P01-57P03), out of resources (53), and serialization
// failure or deadlock (40001, 40P01): the same request succeeds once retried, so 503 (with Retry-After), not 409.
const UNAVAILABLE_SQL_STATES = /^(08|53|57P0[123]$|40001$|40P01$)/;
const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
// node-postgres and its pool report a dropped or unobtainable connection as a plain Error, without a code.
const POOL_ERRORS = new Set([
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Connection terminated due to connection timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
  'Query read timeout',
]);

/** Whether an error says the database is down, restarting or overloaded: worth a retry, so a 503. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError && UNAVAILABLE_CODES.has(error.code)) return true;
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const driverError = driverErrorOf(current);
    if (UNAVAILABLE_KINDS.has(driverError?.kind ?? '')) return true;
    if (UNAVAILABLE_SQL_STATES.test(driverError?.originalCode ?? '')) return true;
    const { code } = current as { code?: unknown };
    if (typeof code === 'string' && SOCKET_ERRORS.has(code)) return true;
    if (POOL_ERRORS.has(current.message)) return true;
  }
  return false;
}
