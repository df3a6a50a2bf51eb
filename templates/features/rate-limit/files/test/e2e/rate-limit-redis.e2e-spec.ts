import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ping, randomClientIp, statusesOf } from '../support/rate-limit-client.js';
import { startRateLimitTestApp } from '../support/rate-limit-test-app.js';
import {
  type OwnRedisServer,
  type RedisServer,
  redisMissing,
  redisServerMissing,
  startOwnRedis,
  startRedis,
} from '../support/redis-server.js';
import type { TestApp } from '../support/test-app.js';

const LIMITS = { RATE_LIMIT_LIMIT: '4', RATE_LIMIT_TTL: '60', TRUST_PROXY: 'true' };
const RECOVERY_TIMEOUT_MS = 10_000;

async function readiness(testApp: TestApp): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${testApp.url}/health/ready`);
  return { status: response.status, body: await response.json() };
}

describe.skipIf(redisMissing)(`rate limits shared through Redis ${redisMissing ?? ''}`, () => {
  let redis: RedisServer;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    redis = await startRedis();
    first = await startRateLimitTestApp({ ...LIMITS, REDIS_URL: redis.url });
    second = await startRateLimitTestApp({ ...LIMITS, REDIS_URL: redis.url });
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await redis?.close();
  });

  it('gives two instances one budget per client', async () => {
    const client = randomClientIp();
    let turn = 0;
    const alternate = () => ping((turn++ % 2 === 0 ? first : second).url, client);
    expect(await statusesOf(alternate, 6)).toEqual([200, 200, 200, 200, 429, 429]);
    expect(await statusesOf(() => ping(first.url, randomClientIp()), 1)).toEqual([200]);
  });

  it('reports Redis in /health/ready', async () => {
    expect(await readiness(first)).toEqual({
      status: 200,
      body: { status: 'ok', checks: { database: { status: 'up' }, redis: { status: 'up' } } },
    });
  });
});

describe.skipIf(redisServerMissing)(`rate limits when Redis goes away ${redisServerMissing ?? ''}`, () => {
  let redis: OwnRedisServer;
  let testApp: TestApp;

  beforeAll(async () => {
    redis = await startOwnRedis();
    testApp = await startRateLimitTestApp({ ...LIMITS, REDIS_URL: redis.url });
  });

  afterAll(async () => {
    await testApp?.close();
    await redis?.close();
  });

  it('keeps serving without limits (fail open), reports redis down, and recovers when it is back', async () => {
    const client = randomClientIp();
    expect(await statusesOf(() => ping(testApp.url, client), 5)).toEqual([200, 200, 200, 200, 429]);

    await redis.stop();
    expect(await statusesOf(() => ping(testApp.url, client), 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await readiness(testApp)).toEqual({
      status: 503,
      body: { status: 'error', checks: { database: { status: 'up' }, redis: { status: 'down' } } },
    });

    await redis.restart();
    const deadline = Date.now() + RECOVERY_TIMEOUT_MS;
    while ((await readiness(testApp)).status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await readiness(testApp)).status).toBe(200);
    expect(await statusesOf(() => ping(testApp.url, client), 5)).toEqual([200, 200, 200, 200, 429]);
  });
});

describe('rate limits when Redis is unreachable at boot', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    // Nothing listens on port 1: connections are refused at once.
    testApp = await startRateLimitTestApp({ ...LIMITS, REDIS_URL: 'redis://127.0.0.1:1' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('starts, serves requests and reports redis down', async () => {
    expect(await statusesOf(() => ping(testApp.url, randomClientIp()), 6)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await readiness(testApp)).toMatchObject({ status: 503, body: { checks: { redis: { status: 'down' } } } });
  });
});
