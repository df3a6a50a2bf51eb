import { describe, expect, it } from 'vitest';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaErrorTranslator } from './prisma-error.translator.js';

const translator = new PrismaErrorTranslator();

// Shaped as Prisma 7 with @prisma/adapter-pg throws them (captured from a running app against PostgreSQL 15).
function driverAdapterError(cause: Record<string, unknown>): Error {
  return Object.assign(new Error(String(cause.kind)), { name: 'DriverAdapterError', cause });
}

function knownError(code: string, cause?: Record<string, unknown>, modelName = 'OrderItem') {
  const meta = cause ? { modelName, driverAdapterError: driverAdapterError(cause) } : { modelName };
  return new Prisma.PrismaClientKnownRequestError('query failed', { code, clientVersion: '7.10.1', meta });
}

function postgresError(code: string, message: string) {
  return knownError('P2039', { originalCode: code, originalMessage: message, kind: 'postgres', code, message });
}

describe('PrismaErrorTranslator', () => {
  describe('a database that is down or reconnecting: 503 SERVICE_UNAVAILABLE', () => {
    it.each([
      ['unreachable', knownError('P1001', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
      ['connection closed', knownError('P1017', { kind: 'ConnectionClosed' })],
      ['socket timeout', knownError('P1008', { kind: 'SocketTimeout' })],
      ['too many connections', knownError('P2037', { originalCode: '53300', kind: 'TooManyConnections' })],
      ['starting up (crash recovery)', postgresError('57P03', 'the database system is starting up')],
      ['shutting down', postgresError('57P01', 'terminating connection due to administrator command')],
      ['connection failure', postgresError('08006', 'connection failure')],
      ['write conflict', knownError('P2034', { originalCode: '40001', kind: 'TransactionWriteConflict' })],
      ['deadlock', knownError('P2034', { originalCode: '40P01', kind: 'TransactionWriteConflict' })],
      ['pool timeout', knownError('P2024')],
      ['raw query cut off', knownError('P2010', { originalCode: '57P01', kind: 'postgres', code: '57P01' })],
    ])('%s', (_, error) => {
      expect(translator.translate(error)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', cause: error });
    });

    it.each([
      'Connection terminated unexpectedly',
      'Client has encountered a connection error and is not queryable',
      'timeout exceeded when trying to connect',
    ])('node-postgres: %s', (message) => {
      expect(translator.translate(new Error(message))?.code).toBe('SERVICE_UNAVAILABLE');
    });

    it('a refused socket anywhere in the cause chain', () => {
      const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      expect(translator.translate(new Error('query failed', { cause: refused }))?.code).toBe('SERVICE_UNAVAILABLE');
    });
  });

  describe('a constraint violation', () => {
    it('unique: 409 CONFLICT naming the field', () => {
      const constraint = { index: 'orders_customer_email_key' };
      const error = knownError(
        'P2002',
        { originalCode: '23505', kind: 'UniqueConstraintViolation', constraint },
        'Order',
      );
      expect(translator.translate(error)).toMatchObject({
        code: 'CONFLICT',
        details: [{ field: 'customerEmail', message: 'is already taken' }],
      });
    });

    it('unique, reported by its columns: 409 CONFLICT naming them', () => {
      const error = knownError('P2002', { kind: 'UniqueConstraintViolation', constraint: { fields: ['email'] } });
      expect(translator.translate(error)?.details).toEqual([{ field: 'email', message: 'is already taken' }]);
    });

    it('foreign key: 422 VALIDATION_ERROR naming the field', () => {
      const error = knownError('P2003', {
        originalCode: '23503',
        kind: 'ForeignKeyConstraintViolation',
        constraint: { index: 'order_items_owner_id_fkey' },
      });
      expect(translator.translate(error)).toMatchObject({
        code: 'VALIDATION_ERROR',
        status: 422,
        details: [{ field: 'ownerId', message: 'refers to a record that does not exist' }],
      });
    });
  });

  it('a missing record: 404 NOT_FOUND', () => {
    expect(translator.translate(knownError('P2025'))?.code).toBe('NOT_FOUND');
  });

  describe('a value the column refuses: 400 VALIDATION_ERROR', () => {
    it.each([
      ['too long (22001)', knownError('P2000', { originalCode: '22001', kind: 'LengthMismatch' })],
      ['out of range (22003)', knownError('P2020', { originalCode: '22003', kind: 'ValueOutOfRange' })],
      ['malformed (22P02)', knownError('P2007', { originalCode: '22P02', kind: 'InvalidInputValue' })],
      ['NUL in JSON (22P05)', postgresError('22P05', 'unsupported Unicode escape sequence')],
      ['NUL in text (22021)', postgresError('22021', 'invalid byte sequence for encoding "UTF8": 0x00')],
      ['date out of range (22008)', postgresError('22008', 'date/time field value out of range')],
    ])('%s', (_, error) => {
      const translated = translator.translate(error);
      expect(translated).toMatchObject({ code: 'VALIDATION_ERROR', details: [] });
      expect(translated?.status).toBeUndefined();
    });
  });

  it('leaves anything else to become a 500', () => {
    const notNull = knownError('P2011', { originalCode: '23502', kind: 'NullConstraintViolation' });
    expect(translator.translate(notNull)).toBeUndefined();
    expect(translator.translate(postgresError('42P01', 'relation "orders" does not exist'))).toBeUndefined();
    expect(translator.translate(new Error('boom'))).toBeUndefined();
  });
});
