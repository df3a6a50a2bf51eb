import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('audit log', () => {
  // startTestApp sets its variables in process.env; the suite's own are put back after each test.
  const { LOG_LEVEL } = process.env;
  let testApp: TestApp | undefined;
  let lines: string[];

  beforeEach(() => {
    lines = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(chunk.toString());
      return true;
    });
  });

  afterEach(async () => {
    await testApp?.close();
    delete process.env.AUDIT_LOG_ENABLED;
    Object.assign(process.env, { LOG_LEVEL });
    vi.restoreAllMocks();
  });

  function auditEntries() {
    return lines
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.audit === true);
  }

  // The suite runs with LOG_LEVEL=silent; the trail is written at info.
  const start = (env: Record<string, string> = {}) => startTestApp({ LOG_LEVEL: 'info', ...env });

  function echo(url: string, body: unknown) {
    return fetch(`${url}/api/v1/probe/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'audit-1' },
      body: JSON.stringify(body),
    });
  }

  it('records a change with its action, caller and outcome', async () => {
    testApp = await start();
    await echo(testApp.url, { email: 'a@example.com', profile: { age: 3 } });
    await vi.waitFor(() =>
      expect(auditEntries()).toEqual([
        expect.objectContaining({ action: 'ProbeController.echo', actorId: null, status: 200, requestId: 'audit-1' }),
      ]),
    );
  });

  it('records a refused change too', async () => {
    testApp = await start();
    await echo(testApp.url, { email: 'not an email' });
    await vi.waitFor(() => expect(auditEntries()).toEqual([expect.objectContaining({ status: 400 })]));
  });

  it('leaves reads out', async () => {
    testApp = await start();
    await fetch(`${testApp.url}/api/v1/probe/users/count`);
    await fetch(`${testApp.url}/health/live`);
    expect(auditEntries()).toEqual([]);
  });

  it('records nothing when AUDIT_LOG_ENABLED is false', async () => {
    testApp = await start({ AUDIT_LOG_ENABLED: 'false' });
    await echo(testApp.url, { email: 'a@example.com', profile: { age: 3 } });
    expect(auditEntries()).toEqual([]);
  });
});
