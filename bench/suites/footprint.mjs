import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../lib/config.mjs';
import { log } from '../lib/log.mjs';
import { footprint } from '../lib/packages.mjs';
import { timeInTurns } from '../lib/timing.mjs';

/** Installed packages, node_modules size and warm-cache install time: the generated monolith vs a fresh `nest new`. */
export async function footprintSuite({ projects }) {
  const generated = await projects.generated('fastify');
  const nest = await projects.nest();
  const subjects = { 'generated monolith (fastify)': generated.dir, 'nest new': nest.dir };
  const sizes = {};
  for (const [name, dir] of Object.entries(subjects)) sizes[name] = await footprint(dir);
  // The cache is warm: both projects were installed once already. Each run starts without node_modules
  // and without a lockfile, as right after generation.
  const entries = Object.entries(subjects).map(([name, dir]) => ({
    name,
    command: 'npm',
    args: ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    cwd: dir,
    before: () => {
      rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
      rmSync(join(dir, 'package-lock.json'), { force: true });
    },
  }));
  log(`footprint: ${config.installRuns} turns of ${entries.length} installs`);
  const installs = timeInTurns(config.installRuns, entries, { warmUp: false });
  return {
    projects: Object.fromEntries(Object.keys(subjects).map((name) => [name, { ...sizes[name], install: installs[name] }])),
    firstInstall: { 'generated monolith (fastify)': generated.installMs, 'nest new': nest.installMs },
  };
}
