import { Injectable } from '@nestjs/common';
import type { HealthIndicatorResult } from '@nestjs/terminus';

export type ReadinessCheck = () => Promise<HealthIndicatorResult>;

/** Each dependency (database, cache, broker) registers how to tell it answers; /health/ready runs them all. */
@Injectable()
export class ReadinessChecks {
  private readonly checks: ReadinessCheck[] = [];

  register(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  async run(): Promise<HealthIndicatorResult> {
    const results = await Promise.all(this.checks.map((check) => check()));
    return Object.assign({}, ...results) as HealthIndicatorResult;
  }
}
