import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaService } from '../../src/infrastructure/database/prisma.service.js';
import { getMe, login, PASSWORD, post, register, uniqueEmail } from '../support/auth-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let url: string;

beforeAll(async () => {
  testApp = await startTestApp();
  url = testApp.url;
});

afterAll(async () => {
  await testApp.close();
});

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; details: { field: string }[] } }).error;
}

describe('register', () => {
  it('creates a user and answers 201 with id and email only', async () => {
    const email = uniqueEmail();
    const response = await post(url, '/api/v1/auth/register', { email, password: PASSWORD });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ data: { id: expect.any(String), email } });
  });

  it('stores an argon2id hash, never the password', async () => {
    const { id } = await register(url);
    const row = await testApp.app.get(PrismaService).user.findUniqueOrThrow({ where: { id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
  });

  it('refuses a short password and a bad email with field details', async () => {
    const response = await post(url, '/api/v1/auth/register', { email: 'nope', password: 'short' });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.details.map((detail) => detail.field).sort()).toEqual(['email', 'password']);
  });

  it('answers 409 CONFLICT for a taken email', async () => {
    const { email } = await register(url);
    const response = await post(url, '/api/v1/auth/register', { email: email.toUpperCase(), password: PASSWORD });
    expect(response.status).toBe(409);
    expect((await errorOf(response)).code).toBe('CONFLICT');
  });

  it('gives exactly one 201 when the same email registers concurrently, 409 for the rest', async () => {
    const email = uniqueEmail();
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => post(url, '/api/v1/auth/register', { email, password: PASSWORD })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  });
});

describe('login', () => {
  it('answers with RFC 6749 token fields', async () => {
    const { email } = await register(url);
    const tokens = await login(url, email);
    expect(tokens).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 900,
    });
  });

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    const { email } = await register(url);
    const wrongPassword = await post(url, '/api/v1/auth/login', { email, password: 'wrong password' });
    const unknownUser = await post(url, '/api/v1/auth/login', { email: uniqueEmail(), password: PASSWORD });
    expect(wrongPassword.status).toBe(401);
    expect(unknownUser.status).toBe(401);
    expect(await errorOf(unknownUser)).toEqual({ ...(await errorOf(wrongPassword)), request_id: expect.any(String) });
  });

  it('spends about as long on an unknown email as on a wrong password', async () => {
    const { email } = await register(url);
    const median = async (body: object) => {
      const durations: number[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        const started = performance.now();
        await post(url, '/api/v1/auth/login', body);
        durations.push(performance.now() - started);
      }
      return durations.sort((a, b) => a - b)[2]!;
    };
    const wrongPassword = await median({ email, password: 'wrong password' });
    const unknownUser = await median({ email: uniqueEmail(), password: 'wrong password' });
    // Both verify one argon2id hash; without the decoy an unknown email would answer several times faster.
    expect(unknownUser).toBeGreaterThan(wrongPassword * 0.5);
  });
});

describe('users/me and roles', () => {
  it('answers the caller', async () => {
    const { email, id } = await register(url);
    const { access_token } = await login(url, email);
    const response = await getMe(url, access_token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { id, email, role: 'user', createdAt: expect.any(String) },
    });
  });

  it('needs an access token', async () => {
    const response = await getMe(url);
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('UNAUTHORIZED');
  });

  it('answers 403 FORBIDDEN to a user without the role, and the list to an admin', async () => {
    const { email, id } = await register(url);
    const asUser = await login(url, email);
    const forbidden = await fetch(`${url}/api/v1/users`, {
      headers: { authorization: `Bearer ${asUser.access_token}` },
    });
    expect(forbidden.status).toBe(403);
    expect((await errorOf(forbidden)).code).toBe('FORBIDDEN');

    await testApp.app.get(PrismaService).user.update({ where: { id }, data: { role: 'admin' } });
    const asAdmin = await login(url, email);
    const listed = await fetch(`${url}/api/v1/users?limit=2`, {
      headers: { authorization: `Bearer ${asAdmin.access_token}` },
    });
    expect(listed.status).toBe(200);
    const body = (await listed.json()) as { data: unknown[]; meta: { page: number; limit: number; total: number } };
    expect(body.data).toHaveLength(2);
    expect(body.meta).toMatchObject({ page: 1, limit: 2, total: expect.any(Number) });
  });

  it('keeps health and docs public', async () => {
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
    expect((await fetch(`${url}/docs/openapi.json`)).status).toBe(200);
  });
});

describe('refresh tokens', () => {
  it('rotates: a new pair comes back and the used token stops working', async () => {
    const { email } = await register(url);
    const first = await login(url, email);
    const rotated = await post(url, '/api/v1/auth/refresh', { refresh_token: first.refresh_token });
    expect(rotated.status).toBe(200);
    const second = ((await rotated.json()) as { data: { refresh_token: string; access_token: string } }).data;
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await getMe(url, second.access_token)).status).toBe(200);
  });

  it('revokes the whole family when a rotated token is presented again', async () => {
    const { email } = await register(url);
    const first = await login(url, email);
    const second = (
      (await (await post(url, '/api/v1/auth/refresh', { refresh_token: first.refresh_token })).json()) as {
        data: { refresh_token: string };
      }
    ).data;

    const reuse = await post(url, '/api/v1/auth/refresh', { refresh_token: first.refresh_token });
    expect(reuse.status).toBe(401);
    const descendant = await post(url, '/api/v1/auth/refresh', { refresh_token: second.refresh_token });
    expect(descendant.status).toBe(401);
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const { email } = await register(url);
    const { refresh_token } = await login(url, email);
    const statuses = (await Promise.all([1, 2].map(() => post(url, '/api/v1/auth/refresh', { refresh_token })))).map(
      (response) => response.status,
    );
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(1);
    expect(statuses.every((status) => status === 200 || status === 401)).toBe(true);
  });

  it('logout revokes the refresh token', async () => {
    const { email } = await register(url);
    const { refresh_token } = await login(url, email);
    expect((await post(url, '/api/v1/auth/logout', { refresh_token })).status).toBe(204);
    expect((await post(url, '/api/v1/auth/refresh', { refresh_token })).status).toBe(401);
  });

  it('refuses an unknown refresh token', async () => {
    const response = await post(url, '/api/v1/auth/refresh', { refresh_token: 'not-a-token' });
    expect(response.status).toBe(401);
  });
});
