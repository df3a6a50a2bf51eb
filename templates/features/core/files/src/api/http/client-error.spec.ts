import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerClientError } from './client-error.js';

function parserError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

function answerOf(code: string): { written: string; socket: PassThrough } {
  const socket = new PassThrough();
  let written = '';
  socket.on('data', (chunk: Buffer) => (written += chunk.toString()));
  answerClientError(parserError(code), socket);
  return { written, socket };
}

describe('answerClientError', () => {
  it('answers a parser error with the envelope and closes the connection', () => {
    const { written, socket } = answerOf('HPE_INVALID_METHOD');
    const [head = '', body = ''] = written.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(head).toContain('Connection: close');
    const requestId = /X-Request-Id: (\S+)/.exec(head)?.[1];
    expect(JSON.parse(body)).toEqual({
      error: { code: 'BAD_REQUEST', message: 'Malformed request', details: [], request_id: requestId },
    });
    expect(socket.destroyed).toBe(true);
  });

  it('answers oversized headers with 431', () => {
    expect(answerOf('HPE_HEADER_OVERFLOW').written).toMatch(/^HTTP\/1\.1 431 /);
  });

  it('answers on a keep-alive connection between responses, but not over a response under way', () => {
    const idle = new PassThrough();
    let written = '';
    idle.on('data', (chunk: Buffer) => (written += chunk.toString()));
    answerClientError(
      parserError('HPE_HEADER_OVERFLOW'),
      Object.assign(idle, { _httpMessage: null, bytesWritten: 4_096 }),
    );
    expect(written).toMatch(/^HTTP\/1\.1 431 /);

    const busy = new PassThrough();
    let corrupted = '';
    busy.on('data', (chunk: Buffer) => (corrupted += chunk.toString()));
    answerClientError(parserError('HPE_HEADER_OVERFLOW'), Object.assign(busy, { _httpMessage: { headersSent: true } }));
    expect(corrupted).toBe('');
    expect(busy.destroyed).toBe(true);
  });

  it('writes nothing to a connection the client reset', () => {
    const { written, socket } = answerOf('ECONNRESET');
    expect(written).toBe('');
    expect(socket.destroyed).toBe(true);
  });
});
