import { describe, expect, it } from 'vitest';
import { configProblems } from '../../../test/support/config-problems.js';
import { AppConfig } from './app-config.js';

describe('auth environment', () => {
  it('refuses to start without JWT_SECRET', () => {
    expect(configProblems({})).toEqual(['JWT_SECRET: is required']);
  });

  it('refuses a JWT_SECRET shorter than 32 characters without echoing it', () => {
    const problems = configProblems({ JWT_SECRET: 'too-short-secret' });
    expect(problems).toEqual(['JWT_SECRET: must be at least 32 characters']);
  });

  it('defaults token lifetimes to 15 minutes and 7 days', () => {
    const config = AppConfig.fromEnvironment({ JWT_SECRET: 'x'.repeat(32) });
    expect(config.get('JWT_ACCESS_TTL')).toBe(900);
    expect(config.get('JWT_REFRESH_TTL')).toBe(604_800);
  });
});
