import type { Type } from '@nestjs/common';
import { inject } from 'vitest';
import type { HttpApplication } from '../../src/api/http/http-platform.js';
import { createApp } from '../../src/app.factory.js';
import { ProbeAppModule } from './probe.controller.js';

export interface TestApp {
  app: HttpApplication;
  url: string;
  close(): Promise<void>;
}

/** Boots the real application, plus test-only routes (the probe routes by default), on a free loopback port. */
export async function startTestApp(
  env: Record<string, string> = {},
  rootModule: Type = ProbeAppModule,
): Promise<TestApp> {
  Object.assign(process.env, { DATABASE_URL: inject('databaseUrl') }, env);
  const app = await createApp(rootModule);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url, close: () => app.close() };
}
