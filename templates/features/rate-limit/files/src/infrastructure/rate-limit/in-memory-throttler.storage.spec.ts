import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InMemoryThrottlerStorage } from './in-memory-throttler.storage.js';

describe('InMemoryThrottlerStorage', () => {
  let storage: InMemoryThrottlerStorage;
  const hit = (key: string, limit: number, ttlMs: number, blockMs: number) =>
    storage.increment(key, ttlMs, limit, blockMs);

  beforeEach(() => {
    vi.useFakeTimers();
    storage = new InMemoryThrottlerStorage();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts up to the limit, then blocks without counting, and starts a new window when the block ends', async () => {
    expect(await hit('key', 2, 1_000, 1_000)).toEqual({
      totalHits: 1,
      timeToExpire: 1,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    expect(await hit('key', 2, 1_000, 1_000)).toMatchObject({ totalHits: 2, isBlocked: false });
    expect(await hit('key', 2, 1_000, 1_000)).toEqual({
      totalHits: 3,
      timeToExpire: 1,
      isBlocked: true,
      timeToBlockExpire: 1,
    });
    expect(await hit('key', 2, 1_000, 1_000)).toMatchObject({ totalHits: 3, isBlocked: true });
    vi.advanceTimersByTime(1_100);
    expect(await hit('key', 2, 1_000, 1_000)).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('keeps the window fixed: hits late in a window do not carry into the next', async () => {
    await hit('key', 3, 10_000, 10_000);
    vi.advanceTimersByTime(9_000);
    expect(await hit('key', 3, 10_000, 10_000)).toMatchObject({ totalHits: 2, timeToExpire: 1 });
    vi.advanceTimersByTime(1_000);
    expect(await hit('key', 3, 10_000, 10_000)).toMatchObject({ totalHits: 1, timeToExpire: 10 });
  });

  it('blocks for the block duration, even past the end of the window', async () => {
    await hit('key', 1, 1_000, 30_000);
    expect(await hit('key', 1, 1_000, 30_000)).toMatchObject({ isBlocked: true, timeToBlockExpire: 30 });
    vi.advanceTimersByTime(29_000);
    expect(await hit('key', 1, 1_000, 30_000)).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
  });

  it('blocks until the window ends when there is no block duration', async () => {
    await hit('key', 1, 5_000, 0);
    expect(await hit('key', 1, 5_000, 0)).toMatchObject({ totalHits: 2, isBlocked: true, timeToBlockExpire: 5 });
    vi.advanceTimersByTime(5_000);
    expect(await hit('key', 1, 5_000, 0)).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('keeps keys apart', async () => {
    await hit('first', 1, 5_000, 5_000);
    expect(await hit('first', 1, 5_000, 5_000)).toMatchObject({ isBlocked: true });
    expect(await hit('second', 1, 5_000, 5_000)).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('keeps a blocked key through the sweep of ended windows', async () => {
    await hit('blocked', 1, 1_000, 120_000);
    await hit('blocked', 1, 1_000, 120_000);
    vi.advanceTimersByTime(61_000);
    await hit('other', 1, 1_000, 1_000);
    expect(await hit('blocked', 1, 1_000, 120_000)).toMatchObject({ isBlocked: true, timeToBlockExpire: 59 });
  });
});
