import { Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { type ThrottlerStorageRecord, toSeconds } from './throttler-record.js';

const COMMAND_TIMEOUT_MS = 500;
const CONNECT_TIMEOUT_MS = 2_000;
const WARNING_INTERVAL_MS = 60_000;

// One atomic step per request, so concurrent instances never lose a hit. A fixed window per key;
// over the limit the key is blocked, and the window restarts when the block ends.
// KEYS: hits, block marker. ARGV: window ms, limit, block ms. Returns hits, window ms left, blocked, block ms left.
const THROTTLE_SCRIPT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  return { tonumber(redis.call('GET', KEYS[1]) or 0), redis.call('PTTL', KEYS[1]), 1, blockLeft }
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
local windowLeft = redis.call('PTTL', KEYS[1])
if hits <= tonumber(ARGV[2]) then
  return { hits, windowLeft, 0, 0 }
end
local block = tonumber(ARGV[3])
if block <= 0 then
  return { hits, windowLeft, 1, windowLeft }
end
redis.call('SET', KEYS[2], 1, 'PX', block)
redis.call('PEXPIRE', KEYS[1], block)
return { hits, block, 1, block }
`;

type ThrottleReply = [hits: number, windowLeftMs: number, blocked: 0 | 1, blockLeftMs: number];

interface ThrottleCommand {
  throttle(hitsKey: string, blockKey: string, ttlMs: number, limit: number, blockMs: number): Promise<ThrottleReply>;
}

/** Counts hits in Redis so that every instance shares one budget; while Redis is unreachable, requests pass (fail open). */
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private readonly redis: Redis & ThrottleCommand;
  private lastWarningAt = Number.NEGATIVE_INFINITY;

  constructor(url: string) {
    const redis = new Redis(url, {
      lazyConnect: true,
      // Fail at once while disconnected instead of queueing: no request waits for Redis to come back.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: COMMAND_TIMEOUT_MS,
      connectTimeout: CONNECT_TIMEOUT_MS,
    });
    redis.defineCommand('throttle', { numberOfKeys: 2, lua: THROTTLE_SCRIPT });
    redis.on('error', (error: Error) => this.warn(error));
    this.redis = redis as Redis & ThrottleCommand;
  }

  async onModuleInit(): Promise<void> {
    // Unreachable at boot: the app starts anyway and the client keeps reconnecting in the background.
    await this.redis.connect().catch((error: unknown) => this.warn(error));
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    try {
      const [totalHits, windowLeftMs, blocked, blockLeftMs] = await this.redis.throttle(
        `rate-limit:{${key}}:hits`,
        `rate-limit:{${key}}:blocked`,
        ttl,
        limit,
        blockDuration,
      );
      return {
        totalHits,
        timeToExpire: toSeconds(windowLeftMs),
        isBlocked: blocked === 1,
        timeToBlockExpire: toSeconds(blockLeftMs),
      };
    } catch (error) {
      this.warn(error);
      return { totalHits: 0, timeToExpire: toSeconds(ttl), isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  async isReachable(): Promise<boolean> {
    return this.redis.ping().then(
      () => true,
      () => false,
    );
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }

  private warn(error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarningAt < WARNING_INTERVAL_MS) return;
    this.lastWarningAt = now;
    this.logger.warn({ err: error }, 'Redis is unreachable: requests are not rate limited until it answers');
  }
}
