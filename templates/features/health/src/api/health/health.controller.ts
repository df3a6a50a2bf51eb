import { Controller, Get, HttpStatus, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiTags } from '@nestjs/swagger';
import { Operational } from '../http/operational.decorator.js';
import { type HealthReport, ReadinessService } from './readiness.service.js';

@ApiTags('health')
@Operational()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly readiness: ReadinessService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  /** The process is up and answering; touches no dependency. */
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Every dependency answers; 503 otherwise, and from the moment shutdown begins. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: unknown): Promise<HealthReport> {
    const report = await this.readiness.check();
    if (report.status !== 'ok') {
      this.adapterHost.httpAdapter.status(response, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return report;
  }
}
