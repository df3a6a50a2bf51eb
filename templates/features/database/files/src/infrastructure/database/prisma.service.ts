import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import { parseDatabaseUrl } from './database-url.js';
import type { EmbeddedPostgres } from './embedded-postgres.js';

const CONNECT_TIMEOUT_MS = 2_000;
const logger = new Logger('PrismaService');

export class PrismaService extends PrismaClient implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    url: string,
    private readonly embedded?: EmbeddedPostgres,
  ) {
    const { connectionString, schema } = parseDatabaseUrl(url);
    super({
      adapter: new PrismaPg(
        { connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
        // A dropped idle connection must not crash the process; the pool reconnects on the next query.
        { schema, onPoolError: (error) => logger.warn(`Database connection lost: ${error.message}`) },
      ),
    });
  }

  // The first query opens the pool's first connection and starts the query compiler: done at boot, it does not
  // count against the first readiness check's timeout or the first request. A database that is down is not fatal.
  async onApplicationBootstrap(): Promise<void> {
    await this.$queryRaw`SELECT 1`.catch((error: Error) => {
      logger.warn(`Database not reachable at boot: ${error.message}`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.$disconnect();
    await this.embedded?.stop();
  }
}
