import { describe, expect, it } from 'vitest';
import { firstIssueMessage, projectOptionsSchema } from '../../src/options/project-options.js';

const base = { name: 'my-api', directory: '/tmp/my-api' };

function errorOf(input: object): string {
  const result = projectOptionsSchema.safeParse({ ...base, ...input });
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return firstIssueMessage(result.error);
}

describe('projectOptionsSchema', () => {
  it('fills the defaults of what is available today', () => {
    expect(projectOptionsSchema.parse(base)).toEqual({
      ...base,
      layout: 'monolith',
      http: 'fastify',
      modules: [],
      services: [],
      transport: 'tcp',
      auth: true,
      jwtAlg: 'HS256',
      rateLimit: true,
      packageManager: 'npm',
      install: true,
      git: true,
    });
  });

  it('keeps given values', () => {
    const options = projectOptionsSchema.parse({ ...base, http: 'express', packageManager: 'pnpm', install: false, git: false });
    expect(options).toMatchObject({ http: 'express', packageManager: 'pnpm', install: false, git: false });
  });

  it('lists the valid values of an unknown one', () => {
    expect(errorOf({ layout: 'foo' })).toBe('--layout foo is not valid (valid: monolith, modular, microservices)');
    expect(errorOf({ http: 'koa' })).toBe('--http koa is not valid (valid: fastify, express)');
    expect(errorOf({ packageManager: 'bun' })).toBe('--package-manager bun is not valid (valid: npm, pnpm, yarn)');
  });

  it('refuses an empty preset', () => {
    expect(errorOf({ preset: '' })).toBe('--preset needs a path or package name');
  });

  it('takes every transport with the microservices layout', () => {
    for (const transport of ['tcp', 'nats', 'redis', 'rabbitmq'] as const) {
      expect(projectOptionsSchema.parse({ ...base, layout: 'microservices', transport }).transport).toBe(transport);
    }
  });

  it('defaults the microservices layout to a users service over tcp, signed with EdDSA', () => {
    expect(projectOptionsSchema.parse({ ...base, layout: 'microservices' })).toMatchObject({
      services: ['users'],
      transport: 'tcp',
      jwtAlg: 'EdDSA',
    });
    expect(projectOptionsSchema.parse(base).jwtAlg).toBe('HS256');
  });

  it('refuses what the microservices layout cannot do', () => {
    const microservices = { layout: 'microservices' as const };
    expect(errorOf({ ...microservices, jwtAlg: 'HS256' })).toMatch(/^--jwt-alg HS256 is not supported by --layout microservices: /);
    expect(errorOf({ ...microservices, auth: false })).toMatch(/^--no-auth is not supported by --layout microservices: /);
    expect(errorOf({ services: ['orders'] })).toBe('--services needs --layout microservices');
    expect(errorOf({ ...microservices, services: ['orders', 'orders'] })).toBe('--services: duplicate service name "orders"');
  });

  it('takes modules with the modular layout only', () => {
    expect(errorOf({ modules: ['orders'] })).toBe('--modules needs --layout modular (the monolith layout has no modules)');
    expect(errorOf({ layout: 'modular', modules: ['orders', 'orders'] })).toBe('--modules: duplicate module name "orders"');
  });

  it('lists every module of a modular project, those auth brings first', () => {
    const modular = { ...base, layout: 'modular' as const };
    expect(projectOptionsSchema.parse({ ...modular, modules: ['users', 'orders'] }).modules).toEqual(['auth', 'users', 'orders']);
    expect(projectOptionsSchema.parse({ ...modular, auth: false, modules: ['orders'] }).modules).toEqual(['orders']);
    expect(projectOptionsSchema.parse({ ...modular }).modules).toEqual(['auth', 'users']);
  });

  it('takes a JWT algorithm from the supported list', () => {
    expect(projectOptionsSchema.parse({ ...base, jwtAlg: 'EdDSA' }).jwtAlg).toBe('EdDSA');
    expect(errorOf({ jwtAlg: 'none' })).toBe('--jwt-alg none is not valid (valid: HS256, EdDSA, RS256)');
  });

  it('accepts turning features off', () => {
    expect(projectOptionsSchema.parse({ ...base, auth: false, rateLimit: false })).toMatchObject({ auth: false, rateLimit: false });
  });

  it('validates the project name and directory', () => {
    expect(errorOf({ name: 'My App' })).toBe(
      'Invalid project name "My App": name can only contain URL-friendly characters; try "my-app"',
    );
    expect(errorOf({ directory: 'relative/dir' })).toBe('the project directory must be an absolute path');
  });
});
