import { Agent, get, type IncomingHttpHeaders } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpDrain } from '../../src/infrastructure/lifecycle/http-drain.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function getOn(agent: Agent | undefined, url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    }).on('error', reject);
  });
}

describe('the drain on SIGTERM', () => {
  let testApp: TestApp;
  // One keep-alive connection for the request in flight, another left open and idle.
  const busy = new Agent({ keepAlive: true, maxSockets: 1 });
  const idle = new Agent({ keepAlive: true, maxSockets: 1 });

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    busy.destroy();
    idle.destroy();
    await testApp.close();
  });

  it('finishes the requests accepted, refuses the others with a 503, then closes every connection', async () => {
    expect((await getOn(idle, `${testApp.url}/health/live`)).status).toBe(200);
    const inFlight = getOn(busy, `${testApp.url}/api/v1/probe/slow`);
    await delay(100);

    const drained = testApp.app.get(HttpDrain).drain(5_000);

    const late = await getOn(idle, `${testApp.url}/health/live`);
    expect(late.status).toBe(503);
    expect(late.headers.connection).toBe('close');
    expect(Number(late.headers['retry-after'])).toBeGreaterThan(0);
    const { error } = JSON.parse(late.body) as { error: { code: string; request_id: string } };
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.request_id).toBe(late.headers['x-request-id']);

    await expect(getOn(undefined, `${testApp.url}/health/live`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    const accepted = await inFlight;
    expect(accepted.status).toBe(200);
    expect(accepted.headers.connection).toBe('close');
    expect(JSON.parse(accepted.body)).toEqual({ data: 'done' });

    await expect(drained).resolves.toBeUndefined();
  });
});
