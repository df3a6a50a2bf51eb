import { describe, expect, it, vi } from 'vitest';
import { type CompletedRequest, logRequest } from './request-log.js';

const request = (url: string, status: number): CompletedRequest => ({
  id: 'req-1',
  method: 'GET',
  url,
  status,
  durationMs: 3.4,
});

function logger() {
  return { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

describe('logRequest', () => {
  it('writes one line with the request id, at a level that follows the status', () => {
    const log = logger();
    logRequest(log, request('/api/v1/orders', 200));
    logRequest(log, request('/api/v1/orders', 404));
    logRequest(log, request('/api/v1/orders', 500));
    const line = { request_id: 'req-1', method: 'GET', url: '/api/v1/orders', duration_ms: 3 };
    expect(log.info).toHaveBeenCalledWith({ ...line, status: 200 }, 'request completed');
    expect(log.warn).toHaveBeenCalledWith({ ...line, status: 404 }, 'request completed');
    expect(log.error).toHaveBeenCalledWith({ ...line, status: 500 }, 'request completed');
  });
});
