import { TimeoutError } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { isTransportFailure, upstreamErrorOf } from './upstream-error.js';

describe('upstreamErrorOf', () => {
  it('keeps the code, message and details of a domain error raised by the service', () => {
    const error = upstreamErrorOf(
      { code: 'NOT_FOUND', message: 'Order not found', details: [{ field: 'id', message: 'unknown' }] },
      'orders',
    );
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Order not found',
      details: [{ field: 'id', message: 'unknown' }],
    });
    expect(isTransportFailure(error)).toBe(false);
  });

  it('keeps the status a domain error carries besides its code', () => {
    const error = upstreamErrorOf({ code: 'VALIDATION_ERROR', message: 'Invalid', details: [], status: 422 }, 'orders');
    expect(error).toMatchObject({ code: 'VALIDATION_ERROR', status: 422 });
  });

  it('turns a timeout into UPSTREAM_TIMEOUT naming the service', () => {
    const error = upstreamErrorOf(new TimeoutError(), 'orders');
    expect(error).toMatchObject({ code: 'UPSTREAM_TIMEOUT', message: 'The orders service did not answer in time' });
    expect(isTransportFailure(error)).toBe(true);
  });

  it('turns a transport failure into SERVICE_UNAVAILABLE', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4002'), { code: 'ECONNREFUSED' });
    const error = upstreamErrorOf(refused, 'orders');
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: 'The orders service is unavailable' });
    expect(isTransportFailure(error)).toBe(true);
  });

  it('hides anything else behind INTERNAL_ERROR', () => {
    expect(upstreamErrorOf({ status: 'error', message: 'Internal server error' }, 'orders').code).toBe(
      'INTERNAL_ERROR',
    );
    expect(upstreamErrorOf({ code: 'SQL_STATE_23505', message: 'duplicate key', details: [] }, 'orders').code).toBe(
      'INTERNAL_ERROR',
    );
  });
});
