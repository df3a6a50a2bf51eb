import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisThrottlerStorage } from '../../src/infrastructure/rate-limit/redis-throttler.storage.js';
import { type RedisServer, redisMissing, startRedis } from '../support/redis-server.js';

describe.skipIf(redisMissing)(`RedisThrottlerStorage ${redisMissing ?? ''}`, () => {
  let redis: RedisServer;
  let storage: RedisThrottlerStorage;

  beforeAll(async () => {
    redis = await startRedis();
    storage = new RedisThrottlerStorage(redis.url);
    await storage.onModuleInit();
  });

  afterAll(async () => {
    storage?.onApplicationShutdown();
    await redis?.close();
  });

  const hit = (key: string, limit: number, ttlMs: number, blockMs: number) =>
    storage.increment(key, ttlMs, limit, blockMs);

  it('counts up to the limit, then blocks without counting, and starts a new window when the block ends', async () => {
    const key = randomUUID();
    expect(await hit(key, 2, 1_000, 1_000)).toEqual({
      totalHits: 1,
      timeToExpire: 1,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    expect(await hit(key, 2, 1_000, 1_000)).toMatchObject({ totalHits: 2, isBlocked: false });
    expect(await hit(key, 2, 1_000, 1_000)).toEqual({
      totalHits: 3,
      timeToExpire: 1,
      isBlocked: true,
      timeToBlockExpire: 1,
    });
    expect(await hit(key, 2, 1_000, 1_000)).toMatchObject({ totalHits: 3, isBlocked: true });
    await sleep(1_100);
    expect(await hit(key, 2, 1_000, 1_000)).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('blocks until the window ends when there is no block duration', async () => {
    const key = randomUUID();
    await hit(key, 1, 5_000, 0);
    expect(await hit(key, 1, 5_000, 0)).toMatchObject({ totalHits: 2, isBlocked: true, timeToBlockExpire: 5 });
  });

  it('never lets concurrent hits through past the limit', async () => {
    const key = randomUUID();
    const records = await Promise.all(Array.from({ length: 40 }, () => hit(key, 10, 5_000, 5_000)));
    expect(records.filter((record) => !record.isBlocked)).toHaveLength(10);
  });

  it('keeps keys apart', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    await hit(first, 1, 5_000, 5_000);
    expect(await hit(first, 1, 5_000, 5_000)).toMatchObject({ isBlocked: true });
    expect(await hit(second, 1, 5_000, 5_000)).toMatchObject({ totalHits: 1, isBlocked: false });
  });
});

describe('RedisThrottlerStorage without Redis', () => {
  it('lets requests through (fail open) and reports itself unreachable', async () => {
    Logger.overrideLogger(false);
    const storage = new RedisThrottlerStorage('redis://127.0.0.1:1');
    await storage.onModuleInit();
    try {
      expect(await storage.increment('key', 60_000, 1, 60_000)).toMatchObject({ isBlocked: false });
      expect(await storage.increment('key', 60_000, 1, 60_000)).toMatchObject({ isBlocked: false });
      expect(await storage.isReachable()).toBe(false);
    } finally {
      storage.onApplicationShutdown();
    }
  });
});
