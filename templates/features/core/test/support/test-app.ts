import { inject } from 'vitest';
import type { HttpApplication } from '../../src/api/http/http-platform.js';
import { createApp } from '../../src/app.factory.js';
import { ProbeAppModule } from './probe.controller.js';

export interface TestApp {
  app: HttpApplication;
  url: string;
  close(): Promise<void>;
}

/** Boots the real application (plus test-only probe routes) on a free loopback port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  Object.assign(process.env, { DATABASE_URL: inject('databaseUrl') }, env);
  const app = await createApp(ProbeAppModule);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url, close: () => app.close() };
}
