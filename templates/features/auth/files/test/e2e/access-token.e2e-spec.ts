import { type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppConfig } from '../../src/infrastructure/config/app-config.js';
import { JWT_ALGORITHM, type JwtKeys, loadJwtKeys } from '../../src/infrastructure/auth/jwt-keys.js';
import { PrismaService } from '../../src/infrastructure/database/prisma.service.js';
import { getMe, login, register } from '../support/auth-client.js';
import { foreignSigningKey, switchedAlgorithm } from '../support/forged-keys.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let testApp: TestApp;
let keys: JwtKeys;
let config: AppConfig;
let userId: string;
let email: string;

beforeAll(async () => {
  testApp = await startTestApp();
  config = testApp.app.get(AppConfig);
  keys = await loadJwtKeys(config);
  ({ id: userId, email } = await register(testApp.url));
});

afterAll(async () => {
  await testApp.close();
});

interface Forgery {
  algorithm?: string;
  key?: Parameters<SignJWT['sign']>[0];
  issuer?: string;
  audience?: string;
  expiresAt?: number;
}

function sign(forgery: Forgery = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ email, role: 'admin' } satisfies JWTPayload)
    .setProtectedHeader({ alg: forgery.algorithm ?? JWT_ALGORITHM })
    .setSubject(userId)
    .setIssuer(forgery.issuer ?? config.get('JWT_ISSUER'))
    .setAudience(forgery.audience ?? config.get('JWT_AUDIENCE'))
    .setIssuedAt(now - 60)
    .setExpirationTime(forgery.expiresAt ?? now + 60)
    .sign(forgery.key ?? keys.signingKey);
}

function unsigned(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    sub: userId,
    email,
    role: 'admin',
    iss: config.get('JWT_ISSUER'),
    aud: config.get('JWT_AUDIENCE'),
    exp: now + 60,
  };
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(payload)}.`;
}

async function expectRejected(token: string) {
  const response = await getMe(testApp.url, token);
  expect(response.status).toBe(401);
  const body = (await response.json()) as { error: { code: string } };
  expect(body.error.code).toBe('UNAUTHORIZED');
}

describe('access token checks', () => {
  it('accepts a well-formed token (the control for the cases below)', async () => {
    expect((await getMe(testApp.url, await sign())).status).toBe(200);
  });

  it('rejects alg: none', async () => {
    await expectRejected(unsigned());
  });

  it('rejects a token signed with another algorithm', async () => {
    await expectRejected(await sign(switchedAlgorithm()));
  });

  it('rejects a foreign signature', async () => {
    await expectRejected(await sign({ key: await foreignSigningKey() }));
  });

  it('rejects an expired token', async () => {
    await expectRejected(await sign({ expiresAt: Math.floor(Date.now() / 1000) - 1 }));
  });

  it('rejects a wrong issuer', async () => {
    await expectRejected(await sign({ issuer: 'https://evil.example.com' }));
  });

  it('rejects a wrong audience', async () => {
    await expectRejected(await sign({ audience: 'another-service' }));
  });

  it('rejects the unexpired token of a user whose account was deleted', async () => {
    const deleted = await register(testApp.url);
    const { access_token } = await login(testApp.url, deleted.email);
    await testApp.app.get(PrismaService).user.delete({ where: { id: deleted.id } });
    await expectRejected(access_token);
  });

  it('rejects a malformed Authorization header', async () => {
    const response = await fetch(`${testApp.url}/api/v1/users/me`, { headers: { authorization: 'Token abc' } });
    expect(response.status).toBe(401);
  });
});
