import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';

/** Flips before the server stops accepting, so readiness reports 503 while in-flight requests drain. */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  private shuttingDown = false;

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  beforeApplicationShutdown(): void {
    this.shuttingDown = true;
  }
}
