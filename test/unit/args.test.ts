import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';
import { detectPackageManager } from '../../src/cli/detect-package-manager.js';

describe('parseCliArgs', () => {
  it('keeps only the options that were given', () => {
    expect(parseCliArgs(['my-api'])).toMatchObject({ directory: 'my-api', given: {}, yes: false, force: false });
  });

  it('reads --flag value, --flag=value, negations and comma lists', () => {
    const args = parseCliArgs(['--layout=monolith', '--http', 'express', '--no-auth', '--no-rate-limit', '--no-install', '--git', '--modules', 'users, orders,', '-y', 'dir']);
    expect(args.given).toEqual({
      layout: 'monolith',
      http: 'express',
      auth: false,
      rateLimit: false,
      install: false,
      git: true,
      modules: ['users', 'orders'],
    });
    expect(args).toMatchObject({ directory: 'dir', yes: true });
  });

  it('names an unknown flag and points to --help', () => {
    expect(() => parseCliArgs(['--colour'])).toThrow('unknown option --colour (see --help)');
    expect(() => parseCliArgs(['-x'])).toThrow('unknown option -x (see --help)');
  });

  it('refuses a missing value and a second directory', () => {
    expect(() => parseCliArgs(['--layout'])).toThrow(/--layout.*argument missing/);
    expect(() => parseCliArgs(['a', 'b'])).toThrow('expected one directory, got 2: a b (see --help)');
  });
});

describe('detectPackageManager', () => {
  it.each([
    ['pnpm/9.1.0 npm/? node/v20.19.0 linux x64', 'pnpm'],
    ['yarn/1.22.19 npm/? node/v20.19.0 darwin arm64', 'yarn'],
    ['npm/10.8.2 node/v20.19.0 linux x64 workspaces/false', 'npm'],
    ['bun/1.1.0 npm/? node/v22.0.0', undefined],
    [undefined, undefined],
  ])('%s -> %s', (userAgent, expected) => {
    expect(detectPackageManager(userAgent)).toBe(expected);
  });
});
