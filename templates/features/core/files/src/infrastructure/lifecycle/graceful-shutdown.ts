import type { INestApplication } from '@nestjs/common';
import { HttpDrain } from './http-drain.js';

// The process exits within SHUTDOWN_DEADLINE_MS of the signal; requests still running at DRAIN_TIMEOUT_MS are cut
// short so that closing the app (the database last) has the rest of it.
const SHUTDOWN_DEADLINE_MS = 10_000;
const DRAIN_TIMEOUT_MS = 8_000;

/** On SIGTERM or SIGINT: drain the HTTP server, close the app, exit 0. */
export function closeGracefullyOnSignals(app: INestApplication): void {
  let stopping = false;
  const shutdown = (): void => {
    // Orchestrators may send the signal again: the stop under way goes on.
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
