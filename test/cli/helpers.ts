import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterEach } from 'vitest';

export const cliPath = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

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
