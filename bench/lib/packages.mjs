import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function duBytes(paths, cwd) {
  if (paths.length === 0) return 0;
  // -c: one total, hard links counted once; -k: 1 KiB blocks (what `du -sh` reports).
  const { stdout } = await run('du', ['-ck', ...paths], { cwd, maxBuffer: 64 * 1024 * 1024 });
  return Number(stdout.trim().split('\n').at(-1).split('\t')[0]) * 1024;
}

/**
 * Installed packages and the size on disk of node_modules, in all and for production only
 * (lockfile entries not marked dev-only, i.e. what `npm install --omit=dev` keeps), plus the
 * manifest's dependency counts.
 */
export async function footprint(projectDir) {
  const lock = JSON.parse(readFileSync(join(projectDir, 'package-lock.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8'));
  const installed = Object.entries(lock.packages)
    .filter(([path]) => path.startsWith('node_modules/'))
    .filter(([path]) => existsSync(join(projectDir, path)));
  const production = installed.filter(([, entry]) => !entry.dev && !entry.devOptional);
  // Nested packages are inside their parents' directories: count each top-level directory once.
  const topLevel = (entries) => [...new Set(entries.map(([path]) => path.split('/node_modules/')[0]))];
  return {
    packages: installed.length,
    sizeBytes: await duBytes(['node_modules'], projectDir),
    productionPackages: production.length,
    productionSizeBytes: await duBytes(topLevel(production), projectDir),
    dependencies: Object.keys(manifest.dependencies ?? {}).length,
    devDependencies: Object.keys(manifest.devDependencies ?? {}).length,
  };
}
