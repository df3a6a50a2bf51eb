import { join } from 'node:path';
import { config } from '../lib/config.mjs';
import { restore, snapshot } from '../lib/git-snapshot.mjs';
import { log } from '../lib/log.mjs';
import { moduleFields, packageJson } from '../lib/projects.mjs';
import { timeInTurns } from '../lib/timing.mjs';

export const ourGen = 'npm run gen -- module orders --fields (5 fields)';
export const ourGenOnly = `${ourGen} --no-generate`;
export const nestResource = 'nest g resource orders --type rest --crud';

/**
 * Adding a CRUD module: the generated project's `npm run gen -- module` (with and without its
 * `prisma generate` step) vs `nest g resource` in a fresh `nest new` project.
 */
export async function moduleSuite({ projects }) {
  const generated = await projects.generated('fastify');
  // With @nestjs/mapped-types installed beforehand: the first `nest g resource` of a project also
  // installs it, every later one only generates (the 2.1 s baseline).
  const nest = await projects.nestWithAdditions();
  snapshot(nest.dir);
  const entries = [
    {
      name: nestResource,
      command: join(nest.dir, 'node_modules', '.bin', 'nest'),
      args: ['g', 'resource', 'orders', '--type', 'rest', '--crud'],
      cwd: nest.dir,
      before: () => restore(nest.dir),
    },
  ];
  const hasGen = Boolean((await packageJson(generated.dir)).scripts?.gen);
  if (hasGen) {
    snapshot(generated.dir);
    const gen = ['run', 'gen', '--', 'module', 'orders', '--fields', moduleFields];
    const fresh = { command: 'npm', cwd: generated.dir, before: () => restore(generated.dir) };
    entries.unshift({ name: ourGen, args: gen, ...fresh }, { name: ourGenOnly, args: [...gen, '--no-generate'], ...fresh });
  }
  log(`module: ${config.runs} turns of ${entries.length} commands`);
  const results = timeInTurns(config.runs, entries);
  restore(nest.dir);
  if (hasGen) restore(generated.dir);
  else results[ourGen] = results[ourGenOnly] = { notAvailable: 'the generated project has no gen script yet' };
  return { commands: results, fields: moduleFields };
}
