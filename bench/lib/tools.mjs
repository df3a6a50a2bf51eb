import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from './exec.mjs';

// The baselines' CLIs, installed into the work directory (never this package's dependencies).
const toolPackages = { nest: '@nestjs/cli@^12', createVite: 'create-vite@^9' };

/** Installs `nest` and `create-vite` into `<prefix>` and returns their bins and versions. */
export async function installTools(prefix) {
  await exec('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', ...Object.values(toolPackages)]);
  const version = (name) => JSON.parse(readFileSync(join(prefix, 'node_modules', name, 'package.json'), 'utf8')).version;
  return {
    nest: join(prefix, 'node_modules', '.bin', 'nest'),
    createVite: join(prefix, 'node_modules', '.bin', 'create-vite'),
    versions: { '@nestjs/cli': version('@nestjs/cli'), 'create-vite': version('create-vite') },
  };
}
