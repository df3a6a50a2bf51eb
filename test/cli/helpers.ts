import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterEach, expect } from 'vitest';

const cliPath = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));
const genPath = fileURLToPath(new URL('../../dist/src/gen/main.js', import.meta.url));

/** The built CLI, never interactive (stdin is a pipe), with a neutral environment. */
export function runCli(args: string[], { cwd, env }: { cwd: string; env?: Record<string, string> }) {
  return execa(process.execPath, [cliPath, ...args], {
    cwd,
    reject: false,
    env: { npm_config_user_agent: '', DEBUG: '', ...env },
  });
}

const created: string[] = [];
afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh temporary directory, removed after the test. */
export async function tempDir(prefix = 'cli-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export async function stagingDirsIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((entry) => entry.includes('.backend-arch-'));
}

/** The built `backend-arch-gen` (what `npm run gen` runs), inside a generated project. */
export function runGen(args: string[], cwd: string) {
  return execa(process.execPath, [genPath, ...args], { cwd, reject: false, env: { DEBUG: '' } });
}

/** A project created by the CLI without install or git, in a fresh temporary directory. */
export async function newProject(name: string, options: string[] = []): Promise<string> {
  const dir = await tempDir(`gen-${name}-`);
  const result = await runCli([name, '--yes', '--no-install', '--no-git', ...options], { cwd: dir });
  expect(result.exitCode, result.stderr).toBe(0);
  return join(dir, name);
}

/** Every file's content, to prove a refused run wrote nothing. */
export async function snapshotTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path, await readFile(path, 'utf8'));
  }
  return files;
}
