import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { AppModule } from './app.module.js';
import { createApp } from './app.factory.js';
import { AppConfig, ConfigError } from './infrastructure/config/app-config.js';
import { closeGracefullyOnSignals } from './infrastructure/lifecycle/graceful-shutdown.js';

// Local settings for development (git-ignored); real environments set variables directly, and those win.
if (existsSync('.env')) process.loadEnvFile('.env');

async function bootstrap(): Promise<void> {
  const app = await createApp(AppModule);
  await app.listen(app.get(AppConfig).get('PORT'), '0.0.0.0');
  closeGracefullyOnSignals(app);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) process.stderr.write(`Invalid environment: ${problem}\n`);
  } else {
    process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
