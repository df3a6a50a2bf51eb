import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface PgClient {
  connect(): Promise<void>;
  query<Row>(text: string, values?: unknown[]): Promise<{ rows: Row[] }>;
  end(): Promise<void>;
}

/** A `pg` client from the generated project's own install (this repository does not depend on pg). */
async function connectWithProjectPg(projectDir: string, url: string): Promise<PgClient> {
  const { Client } = createRequire(join(projectDir, 'package.json'))('pg') as { Client: new (options: object) => PgClient };
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Applies the project's committed SQL migrations in order, as `prisma migrate deploy` would. */
export async function applyProjectMigrations(projectDir: string, url: string): Promise<void> {
  const client = await connectWithProjectPg(projectDir, url);
  try {
    const dir = join(projectDir, 'prisma', 'migrations');
    const names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    for (const name of names.sort()) await client.query(await readFile(join(dir, name, 'migration.sql'), 'utf8'));
  } finally {
    await client.end();
  }
}

/** Runs one query on a short-lived connection. */
export async function queryProjectDatabase<Row>(projectDir: string, url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = await connectWithProjectPg(projectDir, url);
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}
