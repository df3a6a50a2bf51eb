import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { AppModule } from '../../src/app.module.js';
import { ShutdownState } from '../../src/infrastructure/lifecycle/shutdown-state.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// Nothing listens on port 1: connections are refused at once, as when the database is down.
const UNREACHABLE_DATABASE = 'postgresql://postgres:postgres@127.0.0.1:1/postgres';

describe('health', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('GET /health/live answers 200 {"status":"ok"}', async () => {
    const response = await fetch(`${testApp.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /health/ready answers 200 with the database up', async () => {
    const response = await fetch(`${testApp.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', checks: { database: { status: 'up' } } });
  });

  it('is not under the API prefix', async () => {
    expect((await fetch(`${testApp.url}/api/v1/health/live`)).status).toBe(404);
  });

  it('GET /health/ready answers 503 as soon as shutdown begins', async () => {
    testApp.app.get(ShutdownState).begin();
    const response = await fetch(`${testApp.url}/health/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'error' });
  });
});

describe('health with the database down', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ DATABASE_URL: UNREACHABLE_DATABASE });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('keeps /health/live at 200', async () => {
    expect((await fetch(`${testApp.url}/health/live`)).status).toBe(200);
  });

  it('answers /health/ready with 503 and the database down', async () => {
    const response = await fetch(`${testApp.url}/health/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', checks: { database: { status: 'down' } } });
  });

  it('answers a route that needs the database with a 503 SERVICE_UNAVAILABLE envelope', async () => {
    const response = await fetch(`${testApp.url}/api/v1/probe/users/count`);
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|prisma/i);
  });
});

describe('health without an HTTP server', () => {
  it('lets the app module run as an application context (scripts, database tools), with no probes to add', async () => {
    process.env.DATABASE_URL = inject('databaseUrl');
    const context = await NestFactory.createApplicationContext(AppModule, { logger: false });
    await expect(context.close()).resolves.toBeUndefined();
  });
});
