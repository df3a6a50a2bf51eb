import { type Type, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { configureHttpPlatform, createHttpAdapter, type HttpApplication } from './api/http/http-platform.js';
import { setupOpenApi } from './api/openapi/setup-openapi.js';
import { AppConfig } from './infrastructure/config/app-config.js';

/** Builds the application exactly as production runs it; tests call it with a module that adds test routes. */
export async function createApp(rootModule: Type): Promise<HttpApplication> {
  const config = AppConfig.fromEnvironment(process.env);
  const app = await NestFactory.create<HttpApplication>(rootModule, createHttpAdapter(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  await configureHttpPlatform(app);

  const corsOrigins = config.get('CORS_ORIGINS');
  if (corsOrigins) {
    app.enableCors({ origin: corsOrigins });
  }
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  setupOpenApi(app);
  return app;
}
