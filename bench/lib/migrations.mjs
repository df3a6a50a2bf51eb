import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

async function findFile(dir, name) {
  const entries = await readdir(dir, { recursive: true });
  const found = entries.find((entry) => entry.endsWith(name) && !entry.includes('node_modules'));
  return found && join(dir, found);
}

/**
 * Applies the project's committed SQL migrations to `schema` with the project's own migration runner
 * (built into dist/) and its own `pg`: what the generated tests do, since `prisma migrate` needs an engine download.
 */
export async function applyProjectMigrations(projectDir, databaseUrl, schema) {
  const runner = await findFile(join(projectDir, 'dist'), 'migration-runner.js');
  if (!runner) throw new Error(`no migration-runner.js in ${projectDir}/dist (is the project built?)`);
  const { applyMigrations } = await import(pathToFileURL(runner).href);
  const pg = createRequire(join(projectDir, 'package.json'))('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await applyMigrations(client, join(projectDir, 'prisma', 'migrations'), schema);
  } finally {
    await client.end();
  }
}
