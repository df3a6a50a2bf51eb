import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();

export const rateLimitEnvironment = {
  RATE_LIMIT_LIMIT: positiveInt.default(100),
  // Window lengths are in seconds.
  RATE_LIMIT_TTL: positiveInt.default(60),
  AUTH_RATE_LIMIT_LIMIT: positiveInt.default(10),
  AUTH_RATE_LIMIT_TTL: positiveInt.default(60),
  // Shares one budget across instances; unset, each instance counts in memory.
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
};
