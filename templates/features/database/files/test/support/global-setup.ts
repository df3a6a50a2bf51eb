import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../src/infrastructure/database/embedded-postgres.js';
import { applyMigrations } from '../../src/infrastructure/database/migration-runner.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', 'prisma', 'migrations');

/** One database for the whole run: `DATABASE_URL` when set, else embedded; each run gets a fresh schema that is dropped after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const embedded = process.env.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ migrationsDir: MIGRATIONS_DIR });
  const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
  const schema = `test_${randomBytes(6).toString('hex')}`;

  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await applyMigrations(client, MIGRATIONS_DIR, schema);

  const url = new URL(serverUrl);
  url.searchParams.set('schema', schema);
  project.provide('databaseUrl', url.toString());

  return async () => {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
    await embedded?.stop();
  };
}
