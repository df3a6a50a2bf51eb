import type { ThrottlerStorage } from '@nestjs/throttler';
import { type ThrottlerStorageRecord, toSeconds } from './throttler-record.js';

interface Window {
  hits: number;
  endsAt: number;
  blockedUntil: number;
}

const SWEEP_INTERVAL_MS = 60_000;

/**
 * Counts hits per key in this process with the Redis store's semantics: a fixed window per key; over the
 * limit the key is blocked, and the window restarts when the block ends. One counter a key, so a hit costs
 * the same however many came before it (the throttler's own store keeps and filters a timestamp a hit).
 */
export class InMemoryThrottlerStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, Window>();
  private nextSweepAt = 0;

  increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    return Promise.resolve(this.count(key, ttl, limit, blockDuration, Date.now()));
  }

  private count(key: string, ttl: number, limit: number, blockDuration: number, now: number): ThrottlerStorageRecord {
    this.sweepEndedWindows(now);
    let window = this.windows.get(key);
    if (window && window.blockedUntil > now) return blockedRecord(window, now);
    if (!window || window.endsAt <= now) {
      window = { hits: 0, endsAt: now + ttl, blockedUntil: 0 };
      this.windows.set(key, window);
    }
    window.hits += 1;
    if (window.hits <= limit) {
      return {
        totalHits: window.hits,
        timeToExpire: toSeconds(window.endsAt - now),
        isBlocked: false,
        timeToBlockExpire: 0,
      };
    }
    window.blockedUntil = blockDuration > 0 ? now + blockDuration : window.endsAt;
    window.endsAt = window.blockedUntil;
    return blockedRecord(window, now);
  }

  private sweepEndedWindows(now: number): void {
    if (now < this.nextSweepAt) return;
    this.nextSweepAt = now + SWEEP_INTERVAL_MS;
    for (const [key, window] of this.windows) {
      if (window.endsAt <= now) this.windows.delete(key);
    }
  }
}

function blockedRecord(window: Window, now: number): ThrottlerStorageRecord {
  const left = toSeconds(window.blockedUntil - now);
  return { totalHits: window.hits, timeToExpire: left, isBlocked: true, timeToBlockExpire: left };
}
