import { describe, expect, it } from 'vitest';
import { trackerOf } from './rate-limit.guard.js';

describe('trackerOf', () => {
  const user = { id: '0b7c1a9e-5f4d-4c33-9a1e-2f6d8b0c4e11' };

  it('follows an authenticated user across addresses', () => {
    expect(trackerOf({ user }, false, '203.0.113.7')).toBe(`user:${user.id}`);
  });

  it('counts anonymous callers, and every caller of an auth route, by IP', () => {
    expect(trackerOf({}, false, '203.0.113.7')).toBe('ip:203.0.113.7');
    expect(trackerOf({ user }, true, '203.0.113.7')).toBe('ip:203.0.113.7');
  });
});
