import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { configureHttpPlatform, createHttpAdapter, type HttpApplication } from './api/http/http-platform.js';
import { AppConfig } from './infrastructure/config/app-config.js';

/** Builds the service's app exactly as production runs it: its HTTP side answers health checks only. */
export async function createApp(rootModule: Type): Promise<HttpApplication> {
  const config = AppConfig.fromEnvironment(process.env);
  const app = await NestFactory.create<HttpApplication>(rootModule, createHttpAdapter(config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  await configureHttpPlatform(app);
  return app;
}
