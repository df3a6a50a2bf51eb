import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { HealthReport } from './health.schemas.js';
import { ReadinessService } from './readiness.service.js';

export const LIVENESS_PATH = '/health/live';
export const READINESS_PATH = '/health/ready';

const NOT_READY: HealthReport = { status: 'error', checks: {} };

/**
 * The probes are routes of the HTTP platform itself, outside Nest's guards, pipes and interceptors: they need no
 * auth, count against no rate limit and stay cheap to call at any rate. The platform's hooks still give them a
 * request id, the security headers and their log line.
 */
@Injectable()
export class HealthRoutes implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly readiness: ReadinessService,
  ) {}

  onModuleInit(): void {
    const http = this.adapterHost.httpAdapter;
    // An application context (a script, a test reading the database) has no HTTP server to add them to.
    if (!http) return;
    // The process is up and answering; touches no dependency.
    http.get(LIVENESS_PATH, (_request: unknown, response: unknown) => {
      http.reply(response, { status: 'ok' }, HttpStatus.OK);
    });
    // Every dependency answers; 503 otherwise, and from the moment shutdown begins.
    http.get(READINESS_PATH, async (_request: unknown, response: unknown) => {
      // Outside Nest no exception filter would catch a check that throws: it means not ready, never a crash.
      const report = await this.readiness.check().catch(() => NOT_READY);
      http.reply(response, report, report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    });
  }
}
