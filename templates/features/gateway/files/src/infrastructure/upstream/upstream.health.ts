import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ReadinessChecks } from '../lifecycle/readiness-checks.js';
import { Upstreams } from './upstreams.js';

const PING_TIMEOUT_MS = 1_000;

/** Readiness includes every service (and so the broker between them): each must answer a ping in time. */
@Injectable()
export class UpstreamHealthIndicator implements OnModuleInit {
  constructor(
    private readonly upstreams: Upstreams,
    private readonly readinessChecks: ReadinessChecks,
  ) {}

  onModuleInit(): void {
    for (const client of this.upstreams.all()) {
      this.readinessChecks.register(async () => {
        const up = await client.ping(`${client.service}.ping`, { request_id: randomUUID() }, PING_TIMEOUT_MS);
        return { [client.service]: { status: up ? 'up' : 'down' } };
      });
    }
  }
}
