import { describe, expect, it } from 'vitest';
import { authTestEnvironment } from '../../../test/support/auth-test-environment.js';
import { configProblems } from '../../../test/support/config-problems.js';
import { AppConfig } from './app-config.js';

describe('auth environment', () => {
  it('refuses to start without the key pair', () => {
    expect(configProblems({})).toEqual(['JWT_PRIVATE_KEY: is required', 'JWT_PUBLIC_KEY: is required']);
  });

  it('refuses values that are not PEM keys without echoing them', () => {
    const problems = configProblems({ ...authTestEnvironment, JWT_PRIVATE_KEY: 'secret-value' });
    expect(problems).toEqual(['JWT_PRIVATE_KEY: must be a PEM private key']);
  });

  it('accepts keys whose newlines were escaped', () => {
    const escaped = authTestEnvironment.JWT_PUBLIC_KEY.replaceAll('\n', '\\n');
    const config = AppConfig.fromEnvironment({ ...authTestEnvironment, JWT_PUBLIC_KEY: escaped });
    expect(config.get('JWT_PUBLIC_KEY')).toBe(authTestEnvironment.JWT_PUBLIC_KEY);
  });
});
