import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, post, register, type Tokens, uniqueEmail } from '../support/auth-client.js';
import { randomClientIp } from '../support/rate-limit-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LIMITS = { RATE_LIMIT_LIMIT: '3', AUTH_RATE_LIMIT_LIMIT: '3', TRUST_PROXY: 'true' };

describe('rate limits with authentication', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(LIMITS);
  });

  afterAll(async () => {
    await testApp.close();
    for (const key of Object.keys(LIMITS)) delete process.env[key];
  });

  it('counts failed logins against the stricter auth budget of the IP', async () => {
    const { email } = await register(testApp.url, uniqueEmail());
    const clientIp = randomClientIp();
    const attempt = (password: string) =>
      post(testApp.url, '/api/v1/auth/login', { email, password }, { 'x-forwarded-for': clientIp });

    const failures = await Promise.all([1, 2, 3].map(() => attempt('wrong password')));
    expect(failures.map((response) => response.status)).toEqual([401, 401, 401]);

    const blocked = await attempt('correct horse battery staple');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
  });

  it('counts requests without a valid token by IP before refusing them', async () => {
    const clientIp = randomClientIp();
    const statuses: number[] = [];
    for (let request = 0; request < 4; request++) {
      const response = await fetch(`${testApp.url}/api/v1/users/me`, {
        headers: { authorization: 'Bearer not.a.token', 'x-forwarded-for': clientIp },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('gives each authenticated user their own budget behind one IP', async () => {
    const sharedIp = randomClientIp();
    // Each user signs up from an address of its own, so the auth budget does not interfere.
    const signUp = async (): Promise<Tokens> => {
      const headers = { 'x-forwarded-for': randomClientIp() };
      const credentials = { email: uniqueEmail(), password: PASSWORD };
      await post(testApp.url, '/api/v1/auth/register', credentials, headers);
      const response = await post(testApp.url, '/api/v1/auth/login', credentials, headers);
      return ((await response.json()) as { data: Tokens }).data;
    };
    const [first, second] = await Promise.all([signUp(), signUp()]);
    const me = (accessToken: string) =>
      fetch(`${testApp.url}/api/v1/users/me`, {
        headers: { authorization: `Bearer ${accessToken}`, 'x-forwarded-for': sharedIp },
      });

    const firstUser = [];
    for (let request = 0; request < 4; request++) firstUser.push((await me(first.access_token)).status);
    expect(firstUser).toEqual([200, 200, 200, 429]);
    expect((await me(second.access_token)).status).toBe(200);
  });
});
