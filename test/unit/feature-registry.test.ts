import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composeApp } from '../../generators/features/compose-app.js';
import { globsMatcher } from '../../generators/features/glob.js';
import { featureOptions, loadFeatures, selectFeatures } from '../../generators/features/registry.js';
import { optionDefaults } from '../../src/options/choices.js';

const root = mkdtempSync(join(tmpdir(), 'features-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeFeature(name: string, descriptor: object, files: Record<string, string> = {}): string {
  const dir = join(root, name);
  for (const [path, content] of Object.entries({ 'feature.json': JSON.stringify({ name, ...descriptor }), ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const monolith = { layout: 'monolith', http: 'fastify', auth: true, rateLimit: true, jwtAlg: 'HS256', transport: 'tcp' };
const names = (features: { descriptor: { name: string } }[]) => features.map(({ descriptor }) => descriptor.name);

describe('feature registry', () => {
  it('takes the features whose option and conditions hold, with those they require, in list order', () => {
    const all = loadFeatures();
    expect(names(selectFeatures(all, 'monolith', monolith))).toEqual([
      'app-base', 'core', 'http-fastify', 'database', 'health', 'openapi', 'auth', 'pagination', 'auth-keys-hmac', 'rate-limit', 'auth-rate-limit',
    ]);
    expect(names(selectFeatures(all, 'monolith', { ...monolith, auth: false }))).not.toContain('pagination');
    expect(names(selectFeatures(all, 'service', { ...monolith, jwtAlg: 'EdDSA', transport: 'nats' }))).toEqual([
      'app-base', 'core', 'http-fastify', 'database', 'health', 'pagination', 'rpc-service', 'message-broker', 'resource',
    ]);
  });

  it('offers the built-in yes/no options with the defaults the options schema uses', () => {
    expect(featureOptions().map(({ key, flag, default: on }) => [key, flag, on])).toEqual([
      ['auth', 'auth', optionDefaults.auth],
      ['rateLimit', 'rate-limit', optionDefaults.rateLimit],
    ]);
  });

  it('adds a feature from an extra folder the way a built-in one is added: files, wiring, environment, packages', () => {
    const audit = writeFeature(
      'audit',
      {
        summary: 'An audit trail',
        option: { key: 'audit', flag: 'audit', help: 'audit trail', default: true },
        apps: { monolith: ['src/**'] },
        nest: {
          imports: [{ symbol: 'AuditModule', from: 'src/infrastructure/audit/audit.module.ts', order: 45 }],
          interceptors: [{ symbol: 'AuditInterceptor', from: 'src/api/http/audit.interceptor.ts' }],
        },
        environment: {
          schema: { symbol: 'auditEnvironment', from: 'src/infrastructure/audit/audit.environment.ts' },
          example: ['AUDIT_RETENTION_DAYS=30'],
          variables: [{ name: 'AUDIT_RETENTION_DAYS', default: '`30`' }],
        },
        dependencies: ['zod', 'left-pad@^1.3.0'],
        compose: { redis: { image: 'redis:7', ports: ['6379:6379'], healthcheck: { test: ['CMD', 'redis-cli', 'ping'], retries: 10 } } },
      },
      {
        'files/src/infrastructure/audit/audit.module.ts': '',
        'files/src/infrastructure/audit/audit.environment.ts': '',
        'files/src/api/http/audit.interceptor.ts': '',
        'files/README.notes': '',
      },
    );
    const app = composeApp(selectFeatures(loadFeatures([audit]), 'monolith', monolith), 'monolith');
    const tree = app.trees.find((candidate) => candidate.feature === 'audit')!;
    expect([tree.include('src/api/http/audit.interceptor.ts'), tree.include('README.notes')]).toEqual([true, false]);
    expect(app.appModule.imports).toContainEqual({ from: './infrastructure/audit/audit.module.js', symbols: 'AuditModule' });
    expect(app.appModule.imports).toContainEqual({ from: '@nestjs/core', symbols: 'APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE' });
    expect(app.appModule.modules.map(({ expression }) => expression)).toEqual([
      'ConfigModule', 'LoggingModule', 'LifecycleModule', 'DatabaseModule', 'RateLimitModule', 'HealthModule', 'AuditModule', 'AuthModule', 'UsersModule',
    ]);
    expect(app.appModule.providers.at(-1)).toEqual({ provider: '{ provide: APP_INTERCEPTOR, useClass: AuditInterceptor }', comment: undefined });
    expect(app.environment.fragments.at(-1)).toBe('auditEnvironment');
    expect(app.environment.example.at(-1)).toBe('AUDIT_RETENTION_DAYS=30\n');
    expect(app.dependencies).toContain('left-pad@^1.3.0');
    expect(app.composeServices).toEqual([
      [
        '  redis:',
        '    image: redis:7',
        '    ports:',
        '      - "6379:6379"',
        '    healthcheck:',
        '      test: ["CMD", "redis-cli", "ping"]',
        '      retries: 10',
      ].join('\n'),
    ]);
    expect(() => loadFeatures([audit, audit])).toThrow(/a feature named "audit" exists already/);
  });

  it('registers an entry only where the app has its file: a service has no validation pipe', () => {
    const app = composeApp(selectFeatures(loadFeatures(), 'service', { ...monolith, jwtAlg: 'EdDSA' }), 'service');
    expect(app.appModule.providersInline).toBe('{ provide: APP_FILTER, useClass: ErrorEnvelopeFilter }');
    expect(app.appModule.controllers).toBe('PingController');
  });
});

describe('globs of a descriptor', () => {
  it('matches stars within a segment, ** across segments and {a,b} alternatives, empty ones included', () => {
    const matches = globsMatcher(['src/**', 'test/*.ts', 'lib/{a,b}{,.spec}.ts']);
    expect(['src/x.ts', 'src/a/b/c.ts', 'test/x.ts', 'lib/a.ts', 'lib/b.spec.ts'].every(matches)).toBe(true);
    expect(['test/a/x.ts', 'lib/c.ts', 'srcx/a.ts', 'README.md'].some(matches)).toBe(false);
  });
});
