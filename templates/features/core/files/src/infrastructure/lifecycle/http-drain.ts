import type { Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ShutdownState } from './shutdown-state.js';

/**
 * The graceful stop of the HTTP server, the same on both platforms: the platform's first request hook asks `admit()`
 * about every request, and main.ts runs `drain()` on SIGTERM before closing the app, so that every request accepted
 * reaches its client while the database and the other dependencies are still there.
 */
@Injectable()
export class HttpDrain {
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;
  private onIdle?: () => void;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly shutdownState: ShutdownState,
  ) {}

  /**
   * Tracks the request until its response is done. False once the drain has begun: the request must not run, and
   * its answer (a 503) closes the connection; having not run, it can safely be retried elsewhere.
   */
  admit(response: ServerResponse): boolean {
    if (this.draining) {
      response.setHeader('Connection', 'close');
      return false;
    }
    this.inFlight.add(response);
    response.once('close', () => {
      this.inFlight.delete(response);
      if (this.inFlight.size === 0) this.onIdle?.();
    });
    return true;
  }

  /** Stops accepting, lets the requests accepted finish, then closes every connection; forcibly after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    this.draining = true;
    this.shutdownState.begin();
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    const closed = new Promise<void>((resolve) => server.once('close', resolve));
    const deadline = delay(timeoutMs, undefined, { ref: false });
    // Not Server#close(): it would also drop the idle keep-alive connections at once, racing the requests their
    // clients may be sending right then (a reset, not an answer); admit() answers those with a 503 instead.
    NetServer.prototype.close.call(server);
    for (const response of this.inFlight) {
      if (!response.headersSent) response.setHeader('Connection', 'close');
    }
    const idle = new Promise<void>((resolve) => {
      this.onIdle = resolve;
      if (this.inFlight.size === 0) resolve();
    });
    await Promise.race([idle, deadline]);
    // Connections still open are idle ones, or ones closing after their last response.
    server.closeIdleConnections();
    await Promise.race([closed, deadline]);
    server.closeAllConnections();
    await closed;
  }
}
