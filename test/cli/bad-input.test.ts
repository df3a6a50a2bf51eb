import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

async function expectUsageError(args: string[], message: string | RegExp, cwd?: string) {
  const dir = cwd ?? (await tempDir());
  const before = await readdir(dir, { recursive: true });
  const { exitCode, stdout, stderr } = await runCli(args, { cwd: dir });
  expect(exitCode).toBe(2);
  expect(stderr.split('\n')).toHaveLength(1);
  if (typeof message === 'string') expect(stderr).toBe(`error: ${message}`);
  else expect(stderr).toMatch(message);
  expect(stdout).toBe('');
  expect(await readdir(dir, { recursive: true })).toEqual(before);
}

describe('bad input exits 2 with one line and writes nothing', () => {
  it('an invalid name, with a suggestion', async () => {
    await expectUsageError(
      ['My App', '--no-install', '--no-git'],
      'Invalid project name "My App": name can only contain URL-friendly characters; try "my-app"',
    );
  });

  it('a reserved name', async () => {
    await expectUsageError(['node_modules'], /^error: Invalid project name "node_modules": node_modules is not a valid package name/);
    await expectUsageError(['test', '--yes'], 'Invalid project name "test": "test" is reserved; try "test-api"');
  });

  it('an unknown value, listing the valid ones', async () => {
    await expectUsageError(['my-api', '--layout', 'foo'], '--layout foo is not valid (valid: monolith, modular, microservices)');
    await expectUsageError(['my-api', '--http=koa'], '--http koa is not valid (valid: fastify, express)');
  });

  it('an unknown flag', async () => {
    await expectUsageError(['my-api', '--colour'], 'unknown option --colour (see --help)');
  });

  it('an unsupported JWT algorithm', async () => {
    await expectUsageError(['my-api', '--jwt-alg', 'HS512'], '--jwt-alg HS512 is not valid (valid: HS256, EdDSA, RS256)');
  });

  it('an empty preset', async () => {
    await expectUsageError(['my-api', '--preset='], '--preset needs a path or package name');
  });

  it('HS256 with the microservices layout', async () => {
    await expectUsageError(
      ['my-api', '--layout', 'microservices', '--jwt-alg', 'HS256'],
      '--jwt-alg HS256 is not supported by --layout microservices: the gateway and services verify tokens with a public key (use EdDSA or RS256)',
    );
  });

  it('modules without the modular layout', async () => {
    await expectUsageError(['my-api', '--modules', 'users,orders'], '--modules needs --layout modular (the monolith layout has no modules)');
  });

  it('a module name that is not an identifier once cased', async () => {
    await expectUsageError(['my-api', '--layout', 'modular', '--modules', 'orders,Bad_Name'], /^error: --modules: module name "Bad_Name" must be kebab-case/);
  });

  it('a missing directory without a terminal or --yes', async () => {
    await expectUsageError([], /^error: missing <directory>; usage: create-backend-arch <directory> \[options\]/);
  });

  it('a non-empty directory without --force, listing up to 3 entries', async () => {
    const cwd = await tempDir();
    await mkdir(join(cwd, 'my-api'));
    for (const file of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) await writeFile(join(cwd, 'my-api', file), file);
    await expectUsageError(
      ['my-api', '--yes'],
      'target directory my-api is not empty (contains a.txt, b.txt, c.txt, …); use --force to write into it',
      cwd,
    );
  });
});

describe('input once refused and now available', () => {
  it('--transport rabbitmq with the microservices layout', async () => {
    const args = ['my-api', '--layout', 'microservices', '--transport', 'rabbitmq', '--dry-run', '--no-install', '--no-git'];
    const { exitCode, stdout, stderr } = await runCli(args, { cwd: await tempDir() });
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    // A broker transport: each service checks the broker in its readiness.
    expect(stdout).toMatch(/^ {2}apps\/identity\/src\/infrastructure\/transport\/broker\.health\.ts +\d+ B$/m);
  });
});
