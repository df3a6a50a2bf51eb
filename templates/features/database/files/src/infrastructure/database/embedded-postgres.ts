import pg from 'pg';
import { applyMigrations } from './migration-runner.js';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where the data lives between runs; in memory when omitted. */
  dataDir?: string;
  migrationsDir: string;
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served over the wire protocol on a free loopback port,
 * so development and tests need no database install. Loaded lazily: it is a dev dependency.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 10 });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres`;

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await applyMigrations(client, options.migrationsDir);
  } finally {
    await client.end();
  }

  return {
    url,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
