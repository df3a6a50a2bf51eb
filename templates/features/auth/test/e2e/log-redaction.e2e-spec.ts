import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PinoLogger } from 'nestjs-pino';
import { getMe, login, PASSWORD, post, register, uniqueEmail } from '../support/auth-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('logs', () => {
  let testApp: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(chunk.toString());
      return true;
    });
    testApp = await startTestApp({ LOG_LEVEL: 'trace' });
  });

  afterAll(async () => {
    await testApp.close();
    vi.restoreAllMocks();
  });

  it('never contain passwords, tokens or the Authorization header', async () => {
    const email = uniqueEmail();
    await register(testApp.url, email);
    const tokens = await login(testApp.url, email);
    await getMe(testApp.url, tokens.access_token);
    await post(testApp.url, '/api/v1/auth/refresh', { refresh_token: tokens.refresh_token });
    const logger = await testApp.app.resolve(PinoLogger);
    logger.info({ password: PASSWORD, refresh_token: tokens.refresh_token, headers: { authorization: 'Bearer x' } }, 'carelessly logged');

    const output = lines.join('');
    expect(output).toContain('request completed');
    expect(output).toContain('carelessly logged');
    for (const secret of [PASSWORD, tokens.access_token, tokens.refresh_token, 'Bearer x']) {
      expect(output).not.toContain(secret);
    }
  });
});
