import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { AppModule } from './app.module.js';
import { createApp } from './app.factory.js';
import { AppConfig, ConfigError } from './infrastructure/config/app-config.js';
import { HttpDrain } from './infrastructure/lifecycle/http-drain.js';

// The process exits within SHUTDOWN_DEADLINE_MS of the signal; requests still running at DRAIN_TIMEOUT_MS are cut
// short so that closing the app (the database last) has the rest of it.
const SHUTDOWN_DEADLINE_MS = 10_000;
const DRAIN_TIMEOUT_MS = 8_000;

// Local settings for development (git-ignored); real environments set variables directly, and those win.
if (existsSync('.env')) process.loadEnvFile('.env');

async function bootstrap(): Promise<void> {
  const app = await createApp(AppModule);
  await app.listen(app.get(AppConfig).get('PORT'), '0.0.0.0');

  let stopping = false;
  const shutdown = (): void => {
    // Orchestrators may send the signal again: the drain under way goes on.
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    void app
      .get(HttpDrain)
      .drain(DRAIN_TIMEOUT_MS)
      .then(() => app.close())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    for (const problem of error.problems) process.stderr.write(`Invalid environment: ${problem}\n`);
  } else {
    process.stderr.write(`Failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
