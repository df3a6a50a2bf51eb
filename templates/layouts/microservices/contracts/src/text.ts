import { z } from 'zod';

// A surrogate not paired with another has no UTF-8 encoding: the driver would silently replace it.
const LONE_SURROGATE = /\p{Cs}/u;

/** Text PostgreSQL can store: `text` and `varchar` refuse the NUL character. */
export const textInput = z
  .string()
  // eslint-disable-next-line no-control-regex -- NUL is the one character refused.
  .regex(/^[^\u0000]*$/, 'Must not contain NUL characters')
  .refine((text) => !LONE_SURROGATE.test(text), 'Must be valid Unicode text');
