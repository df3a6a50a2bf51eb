import { watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/render/list-files.js';
import { runCli, tempDir } from './helpers.js';

const quiet = ['--no-install', '--no-git'];

describe('Ctrl-C while writing', () => {
  it('exits 130 and leaves nothing behind, or finishes the whole project', async () => {
    const reference = JSON.parse((await runCli(['sig-api', '--dry-run', '--json', ...quiet], { cwd: await tempDir() })).stdout) as { files: { path: string }[] };
    const allFiles = reference.files.map((file) => file.path);
    let interrupted = 0;
    // SIGINT as soon as the staging directory appears, i.e. in the middle of writing.
    for (let attempt = 0; attempt < 5; attempt++) {
      const cwd = await tempDir();
      const child = runCli(['sig-api', ...quiet], { cwd });
      let sent = false;
      const watcher = watch(cwd, (_event, name) => {
        if (!sent && name?.includes('.backend-arch-')) sent = child.kill('SIGINT');
      });
      const result = await child;
      watcher.close();
      if (result.exitCode === 130) {
        interrupted++;
        expect(result.stderr).toBe('error: interrupted by SIGINT; nothing was written');
        expect(await readdir(cwd)).toEqual([]);
      } else {
        // The signal came after the project was in place (killed during the post steps, or done).
        expect(result.exitCode === 0 || result.signal === 'SIGINT').toBe(true);
        expect(await readdir(cwd)).toEqual(['sig-api']);
        expect((await listFiles(join(cwd, 'sig-api'))).map((file) => file.path)).toEqual(allFiles);
      }
    }
    expect(interrupted).toBeGreaterThan(0);
  });
});
