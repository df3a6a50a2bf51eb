import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

describe('--help and --version', () => {
  it('--help lists every flag with its values', async () => {
    const { exitCode, stdout } = await runCli(['--help'], { cwd: await tempDir() });
    expect(exitCode).toBe(0);
    for (const flag of [
      '--layout', '--http', '--modules', '--services', '--transport', '--auth', '--no-auth', '--rate-limit',
      '--no-rate-limit', '--preset', '--package-manager', '--install', '--no-install', '--git', '--no-git',
      '--yes', '--dry-run', '--force', '--json', '--help', '--version',
    ]) {
      expect(stdout).toContain(flag);
    }
    for (const value of ['monolith', 'modular', 'microservices', 'fastify', 'express', 'tcp', 'nats', 'redis', 'rabbitmq', 'npm', 'pnpm', 'yarn']) {
      expect(stdout).toContain(value);
    }
    expect(stdout).toMatch(/monolith \(default\)/);
    expect(stdout).toMatch(/fastify \(default\)/);
    expect(stdout).toContain('Examples:');
  });

  it('--version prints the version of package.json', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const { exitCode, stdout } = await runCli(['--version'], { cwd: await tempDir() });
    expect(exitCode).toBe(0);
    expect(stdout).toBe(pkg.version);
  });
});
