import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/manifest/manifest-schema.js';
import { runCli, stagingDirsIn, tempDir } from './helpers.js';

const quiet = ['--no-install', '--no-git'];

describe('generating a project', () => {
  it('writes the files and a valid manifest with --yes --no-install --no-git', async () => {
    const cwd = await tempDir();
    const { exitCode, stdout, stderr } = await runCli(['--yes', ...quiet, '--http', 'express'], { cwd });
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(await readdir(cwd)).toEqual(['my-api']);
    const files = await readdir(join(cwd, 'my-api'));
    expect(files).toEqual(expect.arrayContaining(['package.json', '.gitignore', 'backend-arch.json']));
    expect(files).not.toContain('_gitignore');
    const manifest = await readManifest(join(cwd, 'my-api'));
    expect(manifest).toMatchObject({ layout: 'monolith', http: 'express', generator: { name: 'create-backend-arch' } });
    expect(stdout).toContain('Next steps:');
    expect(stdout).toMatch(/cd my-api\n\s+npm install\n\s+npm run dev\n\s+open http:\/\/localhost:3000\/docs/);
  });

  it('prints the plan and writes nothing with --dry-run', async () => {
    const cwd = await tempDir();
    const tmp = await tempDir('cli-test-tmpdir-');
    const { exitCode, stdout } = await runCli(['my-api', '--dry-run', ...quiet], { cwd, env: { TMPDIR: tmp } });
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^Would create \d+ files in my-api/);
    expect(stdout).toMatch(/^ {2}package\.json +\d+ B$/m);
    expect(stdout).toMatch(/^ {2}backend-arch\.json +\d+ B$/m);
    expect(stdout).toMatch(/^ {2}total +\d+ B$/m);
    expect(await readdir(cwd)).toEqual([]);
    // The CLI enables Node's compile cache (Node >= 22.1), which lives in the temp dir; nothing of the generator may.
    expect((await readdir(tmp)).filter((entry) => entry !== 'node-compile-cache')).toEqual([]);
  });

  it('--json prints exactly one JSON object listing the files', async () => {
    const cwd = await tempDir();
    const { exitCode, stdout } = await runCli(['api', '--json', ...quiet], { cwd });
    expect(exitCode).toBe(0);
    const result = JSON.parse(stdout) as {
      files: { path: string; size: number }[];
      steps: { name: string; status: string }[];
      nextSteps: string[];
    };
    expect(result).toMatchObject({ ok: true, directory: join(cwd, 'api'), options: { name: 'api', layout: 'monolith' } });
    const paths = result.files.map((file) => file.path);
    expect(paths).toContain('backend-arch.json');
    expect([...paths].sort()).toEqual(paths);
    expect(result.files.every((file) => file.size > 0)).toBe(true);
    expect(result.steps.map((step) => `${step.name}:${step.status}`)).toEqual([
      'write files:ok',
      'install dependencies:skipped',
      'generate the Prisma client:skipped',
      'initialise git:skipped',
    ]);
    expect(result.nextSteps).toEqual(['cd api', 'npm install', 'npm run dev', 'open http://localhost:3000/docs']);
  });

  it('--json reports a usage error as JSON too', async () => {
    const { exitCode, stdout } = await runCli(['api', '--json', '--layout', 'foo'], { cwd: await tempDir() });
    expect(exitCode).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, error: { code: 'USAGE', message: expect.stringContaining('--layout foo') } });
  });

  it('--force writes into a non-empty directory, keeping unrelated files', async () => {
    const cwd = await tempDir();
    await mkdir(join(cwd, 'my-api'));
    await writeFile(join(cwd, 'my-api', 'notes.txt'), 'mine');
    await writeFile(join(cwd, 'my-api', 'package.json'), '{}');
    const { exitCode } = await runCli(['my-api', '--force', ...quiet], { cwd });
    expect(exitCode).toBe(0);
    expect(await readFile(join(cwd, 'my-api', 'notes.txt'), 'utf8')).toBe('mine');
    expect(JSON.parse(await readFile(join(cwd, 'my-api', 'package.json'), 'utf8'))).toMatchObject({ name: 'my-api' });
    expect(await stagingDirsIn(cwd)).toEqual([]);
  });

  it('writes into the current directory when it is empty', async () => {
    const cwd = join(await tempDir(), 'here-api');
    await mkdir(cwd);
    const { exitCode, stdout } = await runCli(['.', ...quiet], { cwd });
    expect(exitCode).toBe(0);
    expect(JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8'))).toMatchObject({ name: 'here-api' });
    expect(stdout).not.toContain('cd ');
  });

  it('accepts a relative directory outside the current one', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'cwd'));
    const { exitCode } = await runCli(['../sibling-api', ...quiet], { cwd: join(root, 'cwd') });
    expect(exitCode).toBe(0);
    expect((await readdir(root)).sort()).toEqual(['cwd', 'sibling-api']);
  });

  it('leaves no staging directory behind after success or failure', async () => {
    const cwd = await tempDir();
    expect((await runCli(['ok-api', ...quiet], { cwd })).exitCode).toBe(0);
    await writeFile(join(cwd, 'blocker'), '');
    expect((await runCli(['blocker/api', ...quiet], { cwd })).exitCode).toBe(2);
    expect((await readdir(cwd)).sort()).toEqual(['blocker', 'ok-api']);
  });
});

describe('post steps', () => {
  it('creates a git repository with a first commit, even without a git identity', async () => {
    const cwd = await tempDir();
    const home = await tempDir('cli-test-home-');
    const env = { HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(home, 'none') };
    const { exitCode, stdout } = await runCli(['git-api', '--no-install'], { cwd, env });
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/✔ initialise git \(\d+\.\ds\)/);
    const log = await execa('git', ['log', '--format=%an <%ae>|%s'], { cwd: join(cwd, 'git-api'), env });
    expect(log.stdout).toBe(
      'create-backend-arch <create-backend-arch@users.noreply.github.com>|Initial commit from create-backend-arch',
    );
    const status = await execa('git', ['status', '--porcelain'], { cwd: join(cwd, 'git-api'), env });
    expect(status.stdout).toBe('');
  });

  it('stops at a failed step, names it and the command to retry, and keeps the project', async () => {
    const cwd = await tempDir();
    const bin = await tempDir('cli-test-bin-');
    await writeFile(join(bin, 'pnpm'), '#!/bin/sh\necho "install broke" >&2\nexit 1\n', { mode: 0o755 });
    const env = { PATH: `${bin}:${process.env.PATH}` };
    const { exitCode, stdout, stderr } = await runCli(['pm-api', '--package-manager', 'pnpm', '--no-git'], { cwd, env });
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/✖ install dependencies \(\d+\.\ds\)/);
    expect(stderr).toMatch(/^error: install dependencies failed \(.*\); the project was written, retry with: cd pm-api && pnpm install$/);
    expect(await readdir(join(cwd, 'pm-api'))).toContain('package.json');
  });
});
