import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('OpenAPI', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('serves the document at /docs/openapi.json with schemas taken from zod', async () => {
    const response = await fetch(`${testApp.url}/docs/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
    expect(JSON.stringify(document.paths['/api/v1/probe/echo']?.post?.requestBody)).toContain('email');
  });

  it('documents the error envelope on every operation, and says which need no token', async () => {
    const document = (await (await fetch(`${testApp.url}/docs/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, { content?: unknown }> }>>;
      components: { schemas: Record<string, unknown> };
    };
    const envelope = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } };
    expect(document.components.schemas.ErrorEnvelope).toBeDefined();
    const echo = document.paths['/api/v1/probe/echo']?.post;
    for (const status of ['400', '413', '415', '500', '503']) {
      expect(echo?.responses[status]?.content).toEqual(envelope);
    }
    expect(document.paths['/health/live']?.get?.security).toEqual([]);
  });

  it('serves Swagger UI at /docs', async () => {
    const response = await fetch(`${testApp.url}/docs`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger-ui');
  });
});
