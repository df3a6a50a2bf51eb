import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { InjectThrottlerStorage, type ThrottlerStorage } from '@nestjs/throttler';
import { ReadinessChecks } from '../lifecycle/readiness-checks.js';
import type { RedisThrottlerStorage } from './redis-throttler.storage.js';

/** With REDIS_URL set, /health/ready reports Redis; the in-memory store has nothing to check. */
@Injectable()
export class RedisThrottlerHealthIndicator implements OnModuleInit {
  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    private readonly indicators: HealthIndicatorService,
    private readonly readinessChecks: ReadinessChecks,
  ) {}

  onModuleInit(): void {
    const storage = this.storage;
    if (isRedisStorage(storage)) {
      this.readinessChecks.register(() => this.check(storage));
    }
  }

  private async check(storage: RedisThrottlerStorage): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check('redis');
    return (await storage.isReachable()) ? indicator.up() : indicator.down();
  }
}

// A type-only import above: the Redis store module (and ioredis) load only when REDIS_URL is set.
function isRedisStorage(storage: ThrottlerStorage): storage is RedisThrottlerStorage {
  return 'isReachable' in storage;
}
