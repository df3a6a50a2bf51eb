import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, ping, randomClientIp, statusesOf } from '../support/rate-limit-client.js';
import { startRateLimitTestApp } from '../support/rate-limit-test-app.js';
import type { TestApp } from '../support/test-app.js';

// Small budgets keep every loop short; REDIS_URL='' keeps these suites on the in-memory store.
const SMALL_LIMITS = {
  RATE_LIMIT_LIMIT: '3',
  RATE_LIMIT_TTL: '60',
  AUTH_RATE_LIMIT_LIMIT: '2',
  AUTH_RATE_LIMIT_TTL: '60',
  REDIS_URL: '',
};

interface ErrorBody {
  error: { code: string; message: string; details: unknown[]; request_id: string };
}

describe('rate limiting', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startRateLimitTestApp({ ...SMALL_LIMITS, TRUST_PROXY: 'false' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('answers 429 with the envelope, Retry-After and RateLimit headers past the limit', async () => {
    const first = await ping(testApp.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('3');
    expect(first.headers.get('ratelimit-remaining')).toBe('2');
    expect(Number(first.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(first.headers.get('x-ratelimit-limit')).toBeNull();

    expect(await statusesOf(() => ping(testApp.url), 2)).toEqual([200, 200]);

    const limited = await ping(testApp.url);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^application\/json/);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get('ratelimit-limit')).toBe('3');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('ratelimit-reset')).toBe(String(retryAfter));
    const body = (await limited.json()) as ErrorBody;
    expect(body.error).toMatchObject({ code: 'RATE_LIMITED', details: [] });
    expect(body.error.request_id).toBe(limited.headers.get('x-request-id'));
  });

  it('neither counts nor limits health checks and docs', async () => {
    expect((await ping(testApp.url)).status).toBe(429);
    for (const path of ['/health/live', '/health/ready', '/docs/openapi.json']) {
      const responses = await Promise.all(Array.from({ length: 5 }, () => fetch(`${testApp.url}${path}`)));
      expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
      expect(responses[0]?.headers.get('ratelimit-limit')).toBeNull();
    }
  });

  it('gives auth routes their own, stricter budget', async () => {
    const first = await login(testApp.url);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-limit')).toBe('2');
    expect(first.headers.get('ratelimit-limit-auth')).toBeNull();

    expect(await statusesOf(() => login(testApp.url), 2)).toEqual([200, 429]);
    const limited = await login(testApp.url);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await limited.json()) as ErrorBody).error.code).toBe('RATE_LIMITED');
  });

  it('ignores X-Forwarded-For without TRUST_PROXY', async () => {
    expect(await statusesOf(() => ping(testApp.url, randomClientIp()), 2)).toEqual([429, 429]);
  });
});

describe('rate limiting behind a proxy (TRUST_PROXY=true)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startRateLimitTestApp({ ...SMALL_LIMITS, TRUST_PROXY: 'true' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('gives each client IP from X-Forwarded-For its own budget', async () => {
    const [first, second] = [randomClientIp(), randomClientIp()];
    expect(await statusesOf(() => ping(testApp.url, first), 4)).toEqual([200, 200, 200, 429]);
    expect(await statusesOf(() => ping(testApp.url, second), 4)).toEqual([200, 200, 200, 429]);
  });

  it('limits auth routes per client IP too', async () => {
    const [first, second] = [randomClientIp(), randomClientIp()];
    expect(await statusesOf(() => login(testApp.url, first), 3)).toEqual([200, 200, 429]);
    expect(await statusesOf(() => login(testApp.url, second), 1)).toEqual([200]);
  });
});
