import { describe, expect, it } from 'vitest';
import { AppConfig, ConfigError } from './app-config.js';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    AppConfig.fromEnvironment(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('AppConfig', () => {
  it('applies the documented defaults', () => {
    const config = AppConfig.fromEnvironment({});
    expect(config.get('PORT')).toBe(3000);
    expect(config.get('NODE_ENV')).toBe('development');
    expect(config.get('LOG_LEVEL')).toBe('info');
    expect(config.get('DATABASE_URL')).toBeUndefined();
    expect(config.get('CORS_ORIGINS')).toBeUndefined();
  });

  it('reads and coerces values', () => {
    const config = AppConfig.fromEnvironment({
      PORT: '8080',
      DATABASE_URL: 'postgresql://u:p@db:5432/app',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    expect(config.get('PORT')).toBe(8080);
    expect(config.get('CORS_ORIGINS')).toEqual(['https://a.example', 'https://b.example']);
  });

  it('names every bad variable once, without echoing its value', () => {
    const problems = problemsOf({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://secret@x/y' });
    expect(problems).toHaveLength(3);
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
    expect(problems.join('\n')).not.toContain('secret');
  });

  it('requires DATABASE_URL in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['DATABASE_URL: is required in production']);
  });

  it('treats an empty variable as unset', () => {
    expect(AppConfig.fromEnvironment({ PORT: '' }).port).toBe(3000);
  });
});
