import { watch } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
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

describe('Ctrl-C during the install', () => {
  it('exits 130 saying where the project is and how to resume', async () => {
    const cwd = await tempDir();
    // An `npm` that says it started, then installs forever.
    const bin = await tempDir('fake-npm-');
    const started = join(bin, 'started');
    await writeFile(join(bin, 'npm'), `#!/bin/sh\ntouch '${started}'\nexec sleep 30\n`, { mode: 0o755 });
    const child = runCli(['sig-api', '--no-git', '--package-manager', 'npm'], { cwd, env: { PATH: `${bin}${delimiter}${process.env.PATH}` } });
    const watcher = watch(bin, (_event, name) => {
      if (name === 'started') child.kill('SIGINT');
    });
    const result = await child;
    watcher.close();
    expect(result.exitCode).toBe(130);
    expect(result.stderr).toBe(
      'error: interrupted by SIGINT; the project was written at sig-api; resume with: cd sig-api && npm install && npm run db:generate',
    );
    expect(await readdir(join(cwd, 'sig-api'))).toContain('package.json');
  });
});
