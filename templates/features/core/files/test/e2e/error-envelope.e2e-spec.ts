import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.close();
});

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${testApp.url}${path}`, init);
  const body = (await response.json()) as {
    error?: { code: string; message: string; details: unknown[]; request_id: string };
  };
  return { response, body, error: body.error };
}

function postJson(path: string, body: string, headers: Record<string, string> = {}) {
  return call(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

describe('error envelope', () => {
  it('answers an unknown route with 404 NOT_FOUND as JSON', async () => {
    const { response, error } = await call('/api/v1/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(error).toMatchObject({ code: 'NOT_FOUND', details: [] });
    expect(error?.message).not.toContain('/api/v1/nope');
  });

  it('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const { response, error } = await postJson('/api/v1/probe/echo', '{"email": ');
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: 'BAD_REQUEST', message: 'Malformed request body' });
  });

  it('answers a body over 1 MiB with 413 PAYLOAD_TOO_LARGE', async () => {
    const big = JSON.stringify({ email: 'a@b.co', padding: 'x'.repeat(1024 * 1024) });
    const { response, error } = await postJson('/api/v1/probe/echo', big);
    expect(response.status).toBe(413);
    expect(error?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a non-JSON body with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const { response, error } = await call('/api/v1/probe/echo', {
      method: 'POST',
      body: 'email=a@b.co',
      headers: { 'content-type': 'text/plain' },
    });
    expect(response.status).toBe(415);
    expect(error?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a schema violation with 400 VALIDATION_ERROR naming each field by dot path', async () => {
    const { response, error } = await postJson(
      '/api/v1/probe/echo',
      JSON.stringify({ email: 'not-an-email', profile: { age: -1 } }),
    );
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: 'VALIDATION_ERROR', message: 'Invalid input data' });
    expect(error?.details.map((detail) => (detail as { field: string }).field).sort()).toEqual([
      'email',
      'profile.age',
    ]);
  });

  it('passes valid input through in the success envelope', async () => {
    const input = { email: 'someone@example.com', profile: { age: 30 } };
    const { response, body } = await postJson('/api/v1/probe/echo', JSON.stringify(input));
    expect(response.status).toBe(200);
    expect(body).toEqual({ data: input });
  });

  it('answers a unique violation with 409 CONFLICT naming the field', async () => {
    const email = `${randomUUID()}@example.com`;
    expect((await postJson('/api/v1/probe/users', JSON.stringify({ email }))).response.status).toBe(201);
    const { response, error } = await postJson('/api/v1/probe/users', JSON.stringify({ email }));
    expect(response.status).toBe(409);
    expect(error).toMatchObject({ code: 'CONFLICT', details: [{ field: 'email' }] });
  });

  it('answers a missing record with 404 NOT_FOUND', async () => {
    const { response, error } = await postJson(`/api/v1/probe/users/${randomUUID()}/touch`, '{}');
    expect(response.status).toBe(404);
    expect(error?.code).toBe('NOT_FOUND');
  });

  it('answers an unexpected error with a generic 500 that leaks nothing', async () => {
    const { response, body, error } = await call('/api/v1/probe/crash');
    expect(response.status).toBe(500);
    expect(error).toMatchObject({ code: 'INTERNAL_ERROR', message: 'An unexpected error occurred', details: [] });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|SELECT|secrets|at .*\.ts/);
  });
});

describe('request id', () => {
  it('keeps a well-formed incoming X-Request-Id and echoes it in the envelope', async () => {
    const { response, error } = await call('/api/v1/nope', { headers: { 'x-request-id': 'trace-123.abc_D' } });
    expect(response.headers.get('x-request-id')).toBe('trace-123.abc_D');
    expect(error?.request_id).toBe('trace-123.abc_D');
  });

  it('replaces a malformed incoming id with a fresh one', async () => {
    const { response, error } = await call('/api/v1/nope', { headers: { 'x-request-id': 'bad id<script>' } });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[A-Za-z0-9._-]{1,128}$/);
    expect(id).not.toBe('bad id<script>');
    expect(error?.request_id).toBe(id);
  });

  it('puts a request id on successful responses too', async () => {
    const response = await fetch(`${testApp.url}/health/live`);
    expect(response.headers.get('x-request-id')).toMatch(/^[A-Za-z0-9._-]{1,128}$/);
  });
});

describe('security headers', () => {
  it('sets security headers and hides the platform', async () => {
    const response = await fetch(`${testApp.url}/health/live`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
