import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/** Flips before the server stops accepting, so readiness reports 503 while in-flight requests drain. */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  private shuttingDown = false;

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  /** Called by the HTTP drain as soon as the signal arrives. */
  begin(): void {
    this.shuttingDown = true;
  }

  // An app closed without a drain (a test, a script) is shutting down too.
  beforeApplicationShutdown(): void {
    this.begin();
  }
}
