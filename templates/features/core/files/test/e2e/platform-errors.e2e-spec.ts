import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// What the HTTP platform and Node's parser answer by themselves is the envelope too, with its request id.

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.close();
});

interface Envelope {
  error: { code: string; message: string; details: unknown[]; request_id: string };
}

async function expectEnvelope(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const { error } = (await response.json()) as Envelope;
  expect(error).toMatchObject({ code, details: [] });
  expect(error.request_id).toBe(response.headers.get('x-request-id'));
  return error;
}

describe('platform errors', () => {
  it('answers a malformed percent-encoding in the path with 400 BAD_REQUEST', async () => {
    const error = await expectEnvelope(await fetch(`${testApp.url}/api/v1/probe/users/%ff/touch`), 400, 'BAD_REQUEST');
    expect(error.message).toBe('Malformed request URL');
  });

  it.each(['/', '/favicon.ico'])('answers the unknown path %s outside /api with 404 NOT_FOUND', async (path) => {
    await expectEnvelope(await fetch(`${testApp.url}${path}`), 404, 'NOT_FOUND');
  });

  it('answers a method a health route does not declare with 404 NOT_FOUND', async () => {
    await expectEnvelope(await fetch(`${testApp.url}/health/live`, { method: 'POST' }), 404, 'NOT_FOUND');
  });

  it('takes Content-Type: application/json with no body as no body', async () => {
    const response = await fetch(`${testApp.url}/api/v1/probe/echo`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(204);
  });
});

describe("errors of Node's HTTP parser", () => {
  it('answers an oversized header with 431 and the envelope, and closes the connection', async () => {
    const request = `GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`;
    const { status, headers, body } = await rawRequest(testApp.url, request);
    expect(status).toBe(431);
    expect(headers['content-type']).toMatch(/^application\/json/);
    expect(headers.connection).toBe('close');
    const { error } = JSON.parse(body) as Envelope;
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: 'Request headers are too large', details: [] });
    expect(error.request_id).toBe(headers['x-request-id']);
  });

  it('answers a malformed request line with 400 and the envelope', async () => {
    const { status, headers, body } = await rawRequest(testApp.url, 'NOT HTTP AT ALL\r\n\r\n');
    expect(status).toBe(400);
    expect((JSON.parse(body) as Envelope).error.request_id).toBe(headers['x-request-id']);
  });

  it('answers an invalid Content-Length with 400 and the envelope', async () => {
    const request = 'POST /api/v1/probe/echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n';
    const { status, body } = await rawRequest(testApp.url, request);
    expect(status).toBe(400);
    expect((JSON.parse(body) as Envelope).error.code).toBe('BAD_REQUEST');
  });

  it('answers an HTTP/1.1 request without Host with 400 and the envelope', async () => {
    const { status, headers, body } = await rawRequest(testApp.url, 'GET /health/live HTTP/1.1\r\n\r\n');
    expect(status).toBe(400);
    const { error } = JSON.parse(body) as Envelope;
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: 'Missing Host header' });
    expect(error.request_id).toBe(headers['x-request-id']);
  });
});
