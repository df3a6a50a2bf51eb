// Every suite calls from 127.0.0.1, so budgets fit a whole suite; the rate-limit tests set small ones themselves.
// An outside REDIS_URL is handed to the Redis tests only: every other test app counts in memory.
export const rateLimitTestEnvironment = {
  RATE_LIMIT_LIMIT: '100000',
  AUTH_RATE_LIMIT_LIMIT: '100000',
  REDIS_URL: '',
  TEST_REDIS_URL: process.env.REDIS_URL ?? '',
};
