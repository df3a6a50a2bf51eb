import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule, type ThrottlerModuleOptions, type ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig } from '../config/app-config.js';
import { InMemoryThrottlerStorage } from './in-memory-throttler.storage.js';
import { RedisThrottlerHealthIndicator } from './redis-throttler.health.js';

export const DEFAULT_THROTTLER = 'default';
export const AUTH_THROTTLER = 'auth';

async function throttlerOptions(config: AppConfig): Promise<ThrottlerModuleOptions> {
  const redisUrl = config.get('REDIS_URL');
  return {
    throttlers: [
      { name: DEFAULT_THROTTLER, limit: config.get('RATE_LIMIT_LIMIT'), ttl: config.get('RATE_LIMIT_TTL') * 1_000 },
      {
        name: AUTH_THROTTLER,
        limit: config.get('AUTH_RATE_LIMIT_LIMIT'),
        ttl: config.get('AUTH_RATE_LIMIT_TTL') * 1_000,
      },
    ],
    errorMessage: 'Too many requests, retry later',
    // Without Redis each instance counts in memory (and ioredis is never loaded).
    storage: redisUrl ? await redisStorage(redisUrl) : new InMemoryThrottlerStorage(),
  };
}

async function redisStorage(url: string): Promise<ThrottlerStorage> {
  const { RedisThrottlerStorage } = await import('./redis-throttler.storage.js');
  return new RedisThrottlerStorage(url);
}

@Module({
  imports: [TerminusModule, ThrottlerModule.forRootAsync({ inject: [AppConfig], useFactory: throttlerOptions })],
  providers: [RedisThrottlerHealthIndicator],
})
export class RateLimitModule {}
