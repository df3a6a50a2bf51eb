import { describe, expect, it } from 'vitest';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaErrorTranslator } from './prisma-error.translator.js';

const translator = new PrismaErrorTranslator();

function knownError(code: string, meta?: Record<string, unknown>) {
  return new Prisma.PrismaClientKnownRequestError('query failed', { code, clientVersion: '7', meta });
}

describe('PrismaErrorTranslator', () => {
  it('turns a unique violation into CONFLICT naming the fields', () => {
    const error = knownError('P2002', {
      driverAdapterError: { cause: { constraint: { fields: ['email'] } } },
    });
    expect(translator.translate(error)).toMatchObject({
      code: 'CONFLICT',
      details: [{ field: 'email', message: 'is already taken' }],
    });
  });

  it('reads the field from the index name when the adapter reports only the index', () => {
    const error = knownError('P2002', {
      driverAdapterError: { cause: { table: 'users', constraint: { index: 'users_email_key' } } },
    });
    expect(translator.translate(error)?.details).toEqual([{ field: 'email', message: 'is already taken' }]);
  });

  it('turns a missing record into NOT_FOUND', () => {
    expect(translator.translate(knownError('P2025'))?.code).toBe('NOT_FOUND');
  });

  it('turns an unreachable database into SERVICE_UNAVAILABLE', () => {
    expect(translator.translate(knownError('P1001'))?.code).toBe('SERVICE_UNAVAILABLE');
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(translator.translate(new Error('query failed', { cause: refused }))?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('leaves other errors alone', () => {
    expect(translator.translate(knownError('P2003'))).toBeUndefined();
    expect(translator.translate(new Error('boom'))).toBeUndefined();
  });
});
