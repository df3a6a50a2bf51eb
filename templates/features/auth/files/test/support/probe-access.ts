import { Public } from '../../src/api/http/auth.decorators.js';

/** The probe routes need no token; a user row needs a password hash, never checked (probes do not log in). */
export const ProbeAccess = Public;

export function probeUserRow(email: string) {
  return { email, passwordHash: 'not-a-hash' };
}
