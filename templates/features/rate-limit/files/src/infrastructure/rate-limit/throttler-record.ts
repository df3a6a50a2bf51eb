import type { ThrottlerStorage } from '@nestjs/throttler';

/** What a store answers for one hit (the throttler does not export the type by name). */
export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** The throttler reports times in whole seconds (Retry-After, RateLimit-Reset). */
export function toSeconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1_000));
}
