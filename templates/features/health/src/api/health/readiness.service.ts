import { Injectable } from '@nestjs/common';
import { type HealthIndicatorResult } from '@nestjs/terminus';
import { DatabaseHealthIndicator } from '../../infrastructure/database/database.health.js';
import { ShutdownState } from '../../infrastructure/lifecycle/shutdown-state.js';

export interface HealthReport {
  status: 'ok' | 'error';
  checks: Record<string, { status: 'up' | 'down' }>;
}

@Injectable()
export class ReadinessService {
  constructor(
    private readonly shutdown: ShutdownState,
    private readonly database: DatabaseHealthIndicator,
  ) {}

  async check(): Promise<HealthReport> {
    const results = await Promise.all([this.database.check('database')]);
    const checks: HealthReport['checks'] = {};
    for (const result of results) {
      for (const [key, { status }] of Object.entries<HealthIndicatorResult[string]>(result)) {
        checks[key] = { status: status === 'up' ? 'up' : 'down' };
      }
    }
    const allUp = Object.values(checks).every((check) => check.status === 'up');
    return { status: allUp && !this.shutdown.isShuttingDown ? 'ok' : 'error', checks };
  }
}
