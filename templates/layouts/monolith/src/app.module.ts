import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ErrorEnvelopeFilter } from './api/http/error-envelope.filter.js';
import { JsonBodyMiddleware } from './api/http/json-body.middleware.js';
import { createValidationPipe } from './api/http/request-validation.js';
import { HealthModule } from './api/health/health.module.js';
import { ConfigModule } from './infrastructure/config/config.module.js';
import { DatabaseModule } from './infrastructure/database/database.module.js';
import { LifecycleModule } from './infrastructure/lifecycle/lifecycle.module.js';
import { LoggingModule } from './infrastructure/logging/logging.module.js';

@Module({
  imports: [ConfigModule, LoggingModule, LifecycleModule, DatabaseModule, HealthModule],
  providers: [
    { provide: APP_FILTER, useClass: ErrorEnvelopeFilter },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonBodyMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
