import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { join } from 'node:path';
import { ErrorTranslator } from '../../shared/errors/error-translator.js';
import { AppConfig } from '../config/app-config.js';
import { DatabaseHealthIndicator } from './database.health.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { PrismaErrorTranslator } from './prisma-error.translator.js';
import { PrismaService } from './prisma.service.js';

const MIGRATIONS_DIR = join(process.cwd(), 'prisma', 'migrations');
const EMBEDDED_DATA_DIR = join(process.cwd(), '.pglite');

async function createPrismaService(config: AppConfig): Promise<PrismaService> {
  const url = config.get('DATABASE_URL');
  if (url) return new PrismaService(url);
  // Reached only outside production: the environment schema requires DATABASE_URL there.
  const embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, migrationsDir: MIGRATIONS_DIR });
  return new PrismaService(embedded.url, embedded);
}

@Global()
@Module({
  imports: [TerminusModule],
  providers: [
    { provide: PrismaService, inject: [AppConfig], useFactory: createPrismaService },
    { provide: ErrorTranslator, useClass: PrismaErrorTranslator },
    DatabaseHealthIndicator,
  ],
  exports: [PrismaService, ErrorTranslator],
})
export class DatabaseModule {}
