import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessChecks } from '../lifecycle/readiness-checks.js';
import { PrismaService } from './prisma.service.js';

const PING_TIMEOUT_MS = 1_000;

@Injectable()
export class DatabaseHealthIndicator implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly indicators: HealthIndicatorService,
    private readonly readinessChecks: ReadinessChecks,
  ) {}

  onModuleInit(): void {
    this.readinessChecks.register(() => this.check());
  }

  async check(key = 'database'): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    try {
      await withTimeout(this.prisma.$queryRaw`SELECT 1`, PING_TIMEOUT_MS);
      return indicator.up();
    } catch {
      return indicator.down();
    }
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
