import { describe, expect, it } from 'vitest';
import { requestIdOf, resolveRequestId } from './request-id.js';

describe('resolveRequestId', () => {
  it.each(['abc', 'A-b_c.9', 'x'.repeat(128)])('keeps %s', (id) => {
    expect(resolveRequestId(id)).toBe(id);
  });

  it.each(['', 'x'.repeat(129), 'has space', 'semi;colon', 'ünï'])('replaces %j', (id) => {
    const resolved = resolveRequestId(id);
    expect(resolved).not.toBe(id);
    expect(resolved).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('replaces a repeated header', () => {
    expect(resolveRequestId(['a', 'b'])).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('requestIdOf', () => {
  it('reads the id the platform assigned, if any', () => {
    expect(requestIdOf({ id: 'ours' })).toBe('ours');
    expect(requestIdOf({ id: 42 })).toBeUndefined();
    expect(requestIdOf({})).toBeUndefined();
  });
});
