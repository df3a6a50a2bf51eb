import { describe, expect, it } from 'vitest';
import type { CliArgs } from '../../src/cli/args.js';
import { resolveOptions } from '../../src/cli/resolve-options.js';

const args = (given: CliArgs['given']): CliArgs => ({
  directory: '/tmp/preset-options/my-api',
  given,
  trustPreset: false,
  yes: true,
  dryRun: false,
  force: false,
  json: false,
  help: false,
  version: false,
});
const featureOptions = [{ key: 'auditLog', flag: 'audit-log', prompt: 'Audit log?', help: 'an audit log', default: false, preset: '@acme/p' }];
const env = { npm_config_user_agent: 'pnpm/9.1.0 npm/? node/v20' };

describe('resolveOptions with a preset', () => {
  it("puts the preset's defaults in place of the built-in ones (the detected package manager too), flags first", async () => {
    const options = await resolveOptions(args({}), env, {
      given: { http: 'express' },
      defaults: { layout: 'modular', http: 'fastify', modules: ['billing'], packageManager: 'npm', features: { auditLog: true } },
      featureOptions,
    });
    expect(options).toMatchObject({
      layout: 'modular',
      http: 'express',
      modules: ['auth', 'users', 'billing'],
      packageManager: 'npm',
      features: { auditLog: true },
    });
  });

  it('keeps default modules to the modular layout and services to microservices, and lets a flag turn a feature off', async () => {
    const options = await resolveOptions(args({}), env, {
      given: { layout: 'monolith', features: { auditLog: false } },
      defaults: { layout: 'modular', modules: ['billing'], services: ['payments'], features: { auditLog: true } },
      featureOptions,
    });
    expect(options).toMatchObject({ layout: 'monolith', modules: [], services: [], packageManager: 'pnpm', features: { auditLog: false } });
  });

  it('has no features without a preset', async () => {
    expect((await resolveOptions(args({}), env)).features).toBeUndefined();
  });
});
