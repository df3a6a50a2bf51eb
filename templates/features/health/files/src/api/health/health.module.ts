import { Module } from '@nestjs/common';
import { HealthRoutes } from './health.routes.js';
import { ReadinessService } from './readiness.service.js';

@Module({
  providers: [ReadinessService, HealthRoutes],
})
export class HealthModule {}
