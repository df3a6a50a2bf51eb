import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import { parseDatabaseUrl } from './database-url.js';
import type { EmbeddedPostgres } from './embedded-postgres.js';

const CONNECT_TIMEOUT_MS = 2_000;

export class PrismaService extends PrismaClient implements OnApplicationShutdown {
  constructor(
    url: string,
    private readonly embedded?: EmbeddedPostgres,
  ) {
    const { connectionString, schema } = parseDatabaseUrl(url);
    const logger = new Logger(PrismaService.name);
    super({
      adapter: new PrismaPg(
        { connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
        // A dropped idle connection must not crash the process; the pool reconnects on the next query.
        { schema, onPoolError: (error) => logger.warn(`Database connection lost: ${error.message}`) },
      ),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.$disconnect();
    await this.embedded?.stop();
  }
}
