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

  it('have one line for every request, health probes included, with its request id', async () => {
    await fetch(`${testApp.url}/health/live`, { headers: { 'x-request-id': 'probe-1' } });
    await vi.waitFor(() => {
      const entries = lines
        .join('')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const probe = {
        request_id: 'probe-1',
        method: 'GET',
        url: '/health/live',
        status: 200,
        msg: 'request completed',
      };
      expect(entries.filter((entry) => entry.request_id === 'probe-1')).toEqual([expect.objectContaining(probe)]);
    });
  });

  it('never contain passwords, tokens or the Authorization header', async () => {
    const email = uniqueEmail();
    await register(testApp.url, email);
    const tokens = await login(testApp.url, email);
    await getMe(testApp.url, tokens.access_token);
    await post(testApp.url, '/api/v1/auth/refresh', { refresh_token: tokens.refresh_token });
    const logger = await testApp.app.resolve(PinoLogger);
    logger.info(
      { password: PASSWORD, refresh_token: tokens.refresh_token, headers: { authorization: 'Bearer x' } },
      'carelessly logged',
    );

    const output = lines.join('');
    expect(output).toContain('request completed');
    expect(output).toContain('carelessly logged');
    for (const secret of [PASSWORD, tokens.access_token, tokens.refresh_token, 'Bearer x']) {
      expect(output).not.toContain(secret);
    }
  });
});
