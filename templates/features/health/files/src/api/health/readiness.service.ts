import { Injectable } from '@nestjs/common';
import { ReadinessChecks } from '../../infrastructure/lifecycle/readiness-checks.js';
import { ShutdownState } from '../../infrastructure/lifecycle/shutdown-state.js';
import type { HealthReport } from './health.schemas.js';

@Injectable()
export class ReadinessService {
  constructor(
    private readonly shutdown: ShutdownState,
    private readonly readinessChecks: ReadinessChecks,
  ) {}

  async check(): Promise<HealthReport> {
    const results = await this.readinessChecks.run();
    const checks: HealthReport['checks'] = {};
    for (const [name, { status }] of Object.entries(results)) {
      checks[name] = { status: status === 'up' ? 'up' : 'down' };
    }
    const allUp = Object.values(checks).every((check) => check.status === 'up');
    return { status: allUp && !this.shutdown.isShuttingDown ? 'ok' : 'error', checks };
  }
}
