import { execa } from 'execa';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { addPaymentsService } from './support/add-service.js';
import { type BrokerServer, startBroker } from './support/broker-server.js';
import { brokerTransportsUnderTest } from './support/broker-transports.js';
import { MONOLITH_CONTRACT_SPECS, runMonolithContractAgainstGateway } from './support/gateway-contract.js';
import { timed } from './support/generated-project.js';
import { type MicroservicesSystem, startMicroservicesSystem } from './support/microservices-system.js';
import { type StoppableDatabase, startStoppableDatabase } from './support/postgres-server.js';
import { redoclyLint } from './support/redocly-lint.js';
import { statusOf, waitFor } from './support/wait-for.js';

const CLI = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
const SERVICES = ['identity', 'orders'];
// The contract's budgets, with a margin for a loaded CI machine.
const UPSTREAM_TIMEOUT_MS = 3_000;
const MARGIN_MS = 1_500;
// In production the apps write their log lines in batches, at most 250 ms late.
const LOG_FLUSH = { timeout: 2_000 };

type Json = Record<string, unknown>;

interface Reply {
  status: number;
  headers: Headers;
  body: { data?: Json; error?: { code: string; message: string; request_id: string } };
}

async function call(url: string, init: { token?: string; body?: unknown; requestId?: string } = {}): Promise<Reply> {
  const response = await fetch(url, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.requestId ? { 'x-request-id': init.requestId } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as Reply['body']) : {} };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// Sends `identity.users.current` straight to the identity service over TCP, as the gateway does, and prints each
// round trip in milliseconds: the baseline the gateway hop is measured against.
const DIRECT_CALLS = `
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { firstValueFrom } from 'rxjs';
const [port, callerJson, count] = process.argv.slice(-3);
const client = ClientProxyFactory.create({ transport: Transport.TCP, options: { host: '127.0.0.1', port: Number(port) } });
const message = { meta: { request_id: 'direct', caller: JSON.parse(callerJson) }, data: {} };
const samples = [];
for (let i = 0; i < Number(count); i++) {
  const started = performance.now();
  await firstValueFrom(client.send('identity.users.current', message));
  samples.push(performance.now() - started);
}
await client.close();
console.log(JSON.stringify(samples));
`;

describe('generated microservices (tcp)', () => {
  let workDir: string;
  let projectDir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'backend-arch-e2e-'));
    projectDir = join(workDir, 'demo');
    env = { ...process.env, CI: 'true' };
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('is generated and installed by the CLI', async () => {
    const args = [CLI, projectDir, '--yes', '--layout', 'microservices', '--services', 'users,orders', '--no-git'];
    const result = await timed('create (with install and prisma generate)', 'node', [...args, '--package-manager', 'npm'], {
      cwd: workDir,
      env,
    });
    expect(result.all).toMatch(/✔ generate the Prisma client/);
    expect(result.all).toContain('npm run dev');
  });

  it.each(['format:check', 'typecheck', 'lint', 'build'])('passes npm run %s in every workspace', async (script) => {
    await timed(`npm run ${script}`, 'npm', ['run', script], { cwd: projectDir, env });
  });

  it('passes the tests of every app', async () => {
    const result = await timed('npm test', 'npm', ['test'], { cwd: projectDir, env });
    const summaries = [...stripVTControlCharacters(String(result.all)).matchAll(/^\s*Tests\s+(\d+) passed \((\d+)\)\s*$/gm)];
    expect(summaries.map(([, passed, total]) => passed === total)).toEqual([true, true, true]);
  });

  describe('in production mode against PostgreSQL, one database per service', () => {
    let database: StoppableDatabase;
    let system: MicroservicesSystem;
    let api: string;
    let token: string;
    const email = `e2e-${Date.now()}@example.com`;
    const password = 'correct horse battery';

    beforeAll(async () => {
      database = await startStoppableDatabase(projectDir);
      system = await startMicroservicesSystem({
        projectDir,
        services: SERVICES,
        serverUrl: database.url,
        env,
        transportEnv: {},
        gatewayEnv: { AUTH_RATE_LIMIT_LIMIT: '1000', RATE_LIMIT_LIMIT: '10000', UPSTREAM_OPEN_MS: '2000' },
      });
      api = `${system.gateway.url}/api/v1`;
      console.info(`[e2e] microservices boot (gateway + ${SERVICES.length} services, to gateway ready): ${system.bootMs} ms`);
    });

    afterAll(async () => {
      system?.stopAll();
      await database?.dispose();
    });

    it('answers health on every app, the gateway ready with every service up', async () => {
      for (const app of [system.gateway, ...system.services.values()]) {
        expect(await statusOf(`${app.url}/health/live`)).toBe(200);
      }
      const ready = await call(`${system.gateway.url}/health/ready`);
      expect(ready.body).toEqual({ status: 'ok', checks: { identity: { status: 'up' }, orders: { status: 'up' } } });
    });

    it('registers, logs in and answers /users/me through the gateway', async () => {
      const registered = await call(`${api}/auth/register`, { body: { email, password } });
      expect(registered.status).toBe(201);
      expect(registered.body.data).toEqual({ id: expect.any(String), email });

      const login = await call(`${api}/auth/login`, { body: { email, password } });
      expect(login.status).toBe(200);
      expect(login.body.data).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
      token = String(login.body.data!.access_token);
      expect(token.split('.')[0]).toBe(Buffer.from('{"alg":"EdDSA","typ":"JWT"}').toString('base64url'));

      const me = await call(`${api}/users/me`, { token });
      expect(me.status).toBe(200);
      expect(me.body.data).toMatchObject({ id: registered.body.data!.id, email, role: 'user' });
    });

    it('rotates refresh tokens and revokes on logout', async () => {
      const login = await call(`${api}/auth/login`, { body: { email, password } });
      const refreshToken = String(login.body.data!.refresh_token);
      const refreshed = await call(`${api}/auth/refresh`, { body: { refresh_token: refreshToken } });
      expect(refreshed.status).toBe(200);
      expect((await call(`${api}/auth/refresh`, { body: { refresh_token: refreshToken } })).body.error?.code).toBe(
        'UNAUTHORIZED',
      );
      const logout = await call(`${api}/auth/logout`, { body: { refresh_token: String(refreshed.body.data!.refresh_token) } });
      expect(logout.status).toBe(204);
    });

    it.each([
      ['a taken email (raised by the identity service)', '/auth/register', () => ({ email, password }), 409, 'CONFLICT'],
      ['an invalid body', '/auth/register', () => ({ email: 'not-an-email', password: 'short' }), 400, 'VALIDATION_ERROR'],
      ['bad credentials', '/auth/login', () => ({ email, password: 'wrong password' }), 401, 'UNAUTHORIZED'],
      ['no token', '/users/me', () => undefined, 401, 'UNAUTHORIZED'],
      ['an unknown route', '/nothing-here', () => undefined, 404, 'NOT_FOUND'],
    ])('answers %s with the envelope', async (_case, path, body, status, code) => {
      const reply = await call(`${api}${path}`, { body: body(), requestId: 'e2e-envelope-1' });
      expect(reply.status).toBe(status);
      expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
      expect(reply.body.error).toMatchObject({ code, request_id: 'e2e-envelope-1' });
      expect(reply.headers.get('x-request-id')).toBe('e2e-envelope-1');
    });

    it("keeps a service's domain errors: a missing order is a 404 NOT_FOUND, a new one is the caller's", async () => {
      const created = await call(`${api}/orders`, { token, body: { name: 'first order' } });
      expect(created.status).toBe(201);
      const list = await call(`${api}/orders`, { token });
      expect(list.body).toMatchObject({ data: [{ id: created.body.data!.id, name: 'first order' }], meta: { total: 1 } });

      const missing = await call(`${api}/orders/00000000-0000-4000-8000-000000000000`, { token });
      expect(missing.status).toBe(404);
      expect(missing.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Order not found' });
    });

    it('answers 400 VALIDATION_ERROR naming the field for a NUL, which PostgreSQL cannot store', async () => {
      const reply = await call(`${api}/orders`, { token, body: { name: 'a\u0000b' } });
      expect(reply.status).toBe(400);
      expect(reply.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: [expect.objectContaining({ field: 'name' })] });
    });

    it("serves a gateway OpenAPI document that passes Redocly's recommended ruleset with 0 errors", async () => {
      const verdict = await redoclyLint(`${system.gateway.url}/docs/openapi.json`);
      console.info(`[e2e] Redocly on the gateway (recommended): ${verdict.errors} errors, ${verdict.warnings} warnings`);
      expect(verdict.errors, verdict.output).toBe(0);
    });

    it("passes the monolith's auth e2e specs, unchanged, against the gateway", async () => {
      const run = await runMonolithContractAgainstGateway({
        workDir,
        identityDir: join(projectDir, 'apps', 'identity'),
        identityEnv: system.services.get('identity')!.env,
        gatewayUrl: system.gateway.url,
      });
      console.info(`[e2e] monolith specs against the gateway (${MONOLITH_CONTRACT_SPECS.join(', ')}): ${run.passed}/${run.total} passed`);
      expect(run.passed, run.output).toBe(run.total);
      expect(run.total).toBeGreaterThanOrEqual(20);
    });

    it('carries the request id into the logs of every service it reaches', async () => {
      await call(`${api}/users/me`, { token, requestId: 'e2e-trace-identity' });
      await call(`${api}/orders`, { token, requestId: 'e2e-trace-orders' });
      await expect.poll(() => system.services.get('identity')!.output, LOG_FLUSH).toMatch(/"request_id":"e2e-trace-identity"/);
      await expect.poll(() => system.services.get('orders')!.output, LOG_FLUSH).toMatch(/"request_id":"e2e-trace-orders"/);
    });

    it('measures the latency the gateway hop adds (reported, not asserted)', async () => {
      const caller = (await call(`${api}/users/me`, { token })).body.data;
      const samples = 200;
      const viaGateway: number[] = [];
      for (let i = 0; i < samples; i++) {
        const started = performance.now();
        await call(`${api}/users/me`, { token });
        viaGateway.push(performance.now() - started);
      }
      const identityPort = String(system.rpcPorts.get('identity'));
      const direct = await execa(
        'node',
        ['--input-type=module', '-e', DIRECT_CALLS, identityPort, JSON.stringify(caller), String(samples)],
        { cwd: join(projectDir, 'apps', 'gateway') },
      );
      const directSamples = JSON.parse(direct.stdout) as number[];
      const [gatewayP50, directP50] = [median(viaGateway), median(directSamples)];
      console.info(
        `[e2e] GET /users/me p50 via the gateway ${gatewayP50.toFixed(2)} ms, direct TCP call ${directP50.toFixed(2)} ms: ` +
          `the hop adds ${(gatewayP50 - directP50).toFixed(2)} ms`,
      );
      expect(directSamples).toHaveLength(samples);
    });

    it('answers 504 UPSTREAM_TIMEOUT when a service hangs, and recovers once it answers again', async () => {
      const orders = system.services.get('orders')!;
      orders.freeze();
      try {
        const started = Date.now();
        const reply = await call(`${api}/orders`, { token });
        const elapsed = Date.now() - started;
        expect(reply.status).toBe(504);
        expect(reply.body.error?.code).toBe('UPSTREAM_TIMEOUT');
        expect(elapsed).toBeGreaterThanOrEqual(UPSTREAM_TIMEOUT_MS - 100);
        expect(elapsed).toBeLessThan(UPSTREAM_TIMEOUT_MS + MARGIN_MS);
        const ready = await call(`${system.gateway.url}/health/ready`);
        expect(ready.status).toBe(503);
        expect(ready.body).toMatchObject({ checks: { identity: { status: 'up' }, orders: { status: 'down' } } });
      } finally {
        orders.thaw();
      }
      await waitFor(async () => (await call(`${api}/orders`, { token })).status === 200, 10_000);
    });

    it('answers 503 SERVICE_UNAVAILABLE at once when a service is down, then recovers after its restart', async () => {
      const orders = system.services.get('orders')!;
      expect(await orders.stop()).toBe(0);

      const started = Date.now();
      const reply = await call(`${api}/orders`, { token });
      expect(reply.status).toBe(503);
      expect(reply.body.error?.code).toBe('SERVICE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(UPSTREAM_TIMEOUT_MS);
      const ready = await call(`${system.gateway.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ checks: { identity: { status: 'up' }, orders: { status: 'down' } } });
      // The other service is unaffected.
      expect((await call(`${api}/users/me`, { token })).status).toBe(200);

      orders.start();
      await orders.waitUntilLive();
      const recovered = await waitFor(async () => (await call(`${api}/orders`, { token })).status === 200, 15_000);
      console.info(`[e2e] orders back through the gateway ${recovered} ms after its restart was live`);
      expect(await statusOf(`${system.gateway.url}/health/ready`)).toBe(200);
    });

    it('stops every app with exit code 0 on SIGTERM', async () => {
      const codes = await Promise.all([system.gateway, ...system.services.values()].map((app) => app.stop()));
      expect(codes).toEqual([0, 0, 0]);
    });
  });

  // After the production runs, which boot the services the project was created with.
  it('adds a service with npm run gen -- service payments; every workspace still typechecks, lints, builds and passes', async () => {
    await addPaymentsService(projectDir, env);
  });

  // The same system over a broker, on the installed tcp project's node_modules: a smoke of the contract and of the
  // failure modes, not the whole suite again.
  describe.each(brokerTransportsUnderTest())('over %s (a broker from Debian on 127.0.0.1)', (transport) => {
    let brokerProjectDir: string;
    let broker: BrokerServer;
    let database: StoppableDatabase;
    let system: MicroservicesSystem;
    let api: string;

    beforeAll(async () => {
      brokerProjectDir = join(workDir, transport, 'demo');
      await mkdir(brokerProjectDir, { recursive: true });
      await rename(join(projectDir, 'node_modules'), join(brokerProjectDir, 'node_modules'));
      const args = [CLI, brokerProjectDir, '--yes', '--force', '--layout', 'microservices', '--services', 'users,orders'];
      await timed(`create --transport ${transport} (install on the tcp project's node_modules)`, 'node', [
        ...args,
        '--transport',
        transport,
        '--no-git',
        '--package-manager',
        'npm',
      ], { cwd: workDir, env });
      await timed(`npm run build (${transport})`, 'npm', ['run', 'build'], { cwd: brokerProjectDir, env });
      [broker, database] = await Promise.all([startBroker(transport), startStoppableDatabase(brokerProjectDir)]);
      system = await startMicroservicesSystem({
        projectDir: brokerProjectDir,
        services: SERVICES,
        serverUrl: database.url,
        env,
        transportEnv: { BROKER_URL: broker.url },
        gatewayEnv: { AUTH_RATE_LIMIT_LIMIT: '1000', UPSTREAM_OPEN_MS: '2000' },
      });
      api = `${system.gateway.url}/api/v1`;
      console.info(`[e2e] microservices boot over ${transport}: ${system.bootMs} ms`);
    });

    afterAll(async () => {
      system?.stopAll();
      await Promise.all([database?.dispose(), broker?.stop()]);
      await rename(join(brokerProjectDir, 'node_modules'), join(projectDir, 'node_modules')).catch(() => undefined);
    });

    it('serves the auth routes and keeps domain errors through the broker', async () => {
      const email = `broker-${transport}@example.com`;
      const password = 'correct horse battery';
      expect((await call(`${api}/auth/register`, { body: { email, password } })).status).toBe(201);
      expect((await call(`${api}/auth/register`, { body: { email, password } })).body.error?.code).toBe('CONFLICT');
      const token = String((await call(`${api}/auth/login`, { body: { email, password } })).body.data!.access_token);
      const me = await call(`${api}/users/me`, { token, requestId: `e2e-${transport}` });
      expect(me.body.data).toMatchObject({ email });
      await expect.poll(() => system.services.get('identity')!.output, LOG_FLUSH).toContain(`"request_id":"e2e-${transport}"`);
      const missing = await call(`${api}/orders/00000000-0000-4000-8000-000000000000`, { token });
      expect(missing.status).toBe(404);
      expect(missing.body.error?.code).toBe('NOT_FOUND');
    });

    it('answers 504 for a hung service, then what the transport tells of a stopped one, and recovers after its restart', async () => {
      const token = String(
        (await call(`${api}/auth/login`, { body: { email: `broker-${transport}@example.com`, password: 'correct horse battery' } }))
          .body.data!.access_token,
      );
      const orders = system.services.get('orders')!;
      orders.freeze();
      const hung = await call(`${api}/orders`, { token });
      orders.thaw();
      expect(hung.body.error?.code).toBe('UPSTREAM_TIMEOUT');
      expect(await orders.stop()).toBe(0);
      // NATS tells the caller at once that nobody listens; Redis pub/sub and a RabbitMQ queue cannot, so the call waits
      // out its timeout there (and the circuit opens after UPSTREAM_FAILURE_THRESHOLD of them).
      const started = Date.now();
      const unavailable = await call(`${api}/orders`, { token });
      if (transport === 'nats') {
        expect(unavailable.body.error?.code).toBe('SERVICE_UNAVAILABLE');
        expect(Date.now() - started).toBeLessThan(UPSTREAM_TIMEOUT_MS);
      } else {
        expect(unavailable.body.error?.code).toBe('UPSTREAM_TIMEOUT');
      }
      const ready = await call(`${system.gateway.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ checks: { identity: { status: 'up' }, orders: { status: 'down' } } });
      orders.start();
      await orders.waitUntilLive();
      await waitFor(async () => (await call(`${api}/orders`, { token })).status === 200, 15_000);
    });

    it('never runs, once the service is back, a call that failed while it was down', async () => {
      const token = String(
        (await call(`${api}/auth/login`, { body: { email: `broker-${transport}@example.com`, password: 'correct horse battery' } }))
          .body.data!.access_token,
      );
      const orderNames = async () =>
        ((await call(`${api}/orders?limit=100`, { token })).body.data as unknown as { name: string }[]).map((order) => order.name);
      const orders = system.services.get('orders')!;
      const name = `placed while the orders service was down (${transport})`;
      expect(await orders.stop()).toBe(0);
      expect([503, 504]).toContain((await call(`${api}/orders`, { token, body: { name } })).status);
      orders.start();
      await orders.waitUntilLive();
      await waitFor(async () => (await call(`${api}/orders`, { token })).status === 200, 15_000);
      // Placed again now, it queues behind any replay of the first call: exactly one order proves there was none.
      expect((await call(`${api}/orders`, { token, body: { name } })).status).toBe(201);
      expect((await orderNames()).filter((placed) => placed === name)).toHaveLength(1);
    });

    it('includes the broker in the readiness of the services and the gateway', async () => {
      const identity = system.services.get('identity')!;
      expect(await call(`${identity.url}/health/ready`)).toMatchObject({
        status: 200,
        body: { checks: { database: { status: 'up' }, broker: { status: 'up' } } },
      });
      await broker.stop();
      await waitFor(async () => (await statusOf(`${identity.url}/health/ready`)) === 503, 5_000);
      expect((await call(`${identity.url}/health/ready`)).body).toMatchObject({ checks: { broker: { status: 'down' } } });
      expect(await statusOf(`${system.gateway.url}/health/ready`)).toBe(503);
    });
  });
});
