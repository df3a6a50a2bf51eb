import { z } from 'zod';

/** Text PostgreSQL can store: `text` and `varchar` refuse the NUL character. */
// eslint-disable-next-line no-control-regex -- NUL is the one character refused.
export const textInput = z.string().regex(/^[^\u0000]*$/, 'Must not contain NUL characters');
