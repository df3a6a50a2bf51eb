import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedProject } from '../generated-project.js';
import { type StoppableDatabase, startStoppableDatabase } from '../postgres-server.js';
import { redoclyLint } from '../redocly-lint.js';
import { type ApiSession, call, newSession } from './api-session.js';
import { contractProblem, type ReceivedResponse } from './envelope-check.js';
import { fuzzRequests, type OpenApiOperation, toJsonText } from './fuzz-requests.js';
import { type JsonSchema, sampleOf, schemaResolver, type SchemaResolver } from './json-schema-sample.js';
import { failureName, runLoad } from './load.js';
import { applyProjectMigrations, queryProjectDatabase } from './project-database.js';
import { type ProductionApp, startProductionApp } from './production-app.js';
import { rawRequest } from './raw-http.js';
import { StatusTally } from './status-tally.js';

const SEED = 20261202;
const RANDOM_VALUES_PER_FIELD = 8;
const CONCURRENT_FUZZ_REQUESTS = 4;
const OWNED = '/api/v1/order-items';
const UNOWNED = '/api/v1/orders';
const METHOD_ORDER = ['get', 'post', 'patch', 'put', 'delete'];

interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/**
 * An attacker's and an operator's view of a generated project with the modules of `addModules` (`orders`, and
 * `order-items` owned by the caller), run against its production build and PostgreSQL: every operation of its
 * OpenAPI document fuzzed, raw requests the platform rejects itself, a deleted user's token, a database crash under
 * load, and SIGTERM under load. Seeded and bounded: about a minute a project.
 */
export function hardeningTests(project: GeneratedProject): void {
  describe('hardening: fuzzing and faults against the production build', () => {
    let database: StoppableDatabase;
    let app: ProductionApp;
    let session: ApiSession;
    let document: OpenApiDocument;
    let resolve: SchemaResolver;
    const sampleBody = (path: string) => {
      const schema = document.paths[path]?.post?.requestBody?.content?.['application/json']?.schema;
      if (!schema) throw new Error(`no request body for POST ${path}`);
      return sampleOf(schema, resolve) as Record<string, unknown>;
    };
    const create = async (path: string, token: string, overrides: Record<string, unknown> = {}) =>
      call(app.url, 'POST', path, { token, body: toJsonText({ ...sampleBody(path), ...overrides }) });

    beforeAll(async () => {
      database = await startStoppableDatabase(project.dir);
      await applyProjectMigrations(project.dir, database.url);
      app = await startProductionApp(project, {
        DATABASE_URL: database.url,
        RATE_LIMIT_LIMIT: '1000000',
        AUTH_RATE_LIMIT_LIMIT: '1000000',
      });
      session = await newSession(app.url);
      document = JSON.parse((await call(app.url, 'GET', '/docs/openapi.json')).body) as OpenApiDocument;
      resolve = schemaResolver(document);
    });

    afterAll(async () => {
      app?.process.kill('SIGKILL');
      await database?.dispose();
    });

    it("serves an OpenAPI document that passes Redocly's recommended ruleset with 0 errors", async () => {
      const verdict = await redoclyLint(`${app.url}/docs/openapi.json`);
      console.info(`[e2e] Redocly (recommended): ${verdict.errors} errors, ${verdict.warnings} warnings`);
      expect(verdict.errors, verdict.output).toBe(0);
    });

    it('answers every mutation of every operation without a 5xx, errors as the envelope with its request id', async () => {
      const ids = new Map<string, string>();
      for (const template of Object.keys(document.paths).filter((path) => path.endsWith('/{id}'))) {
        const created = await create(template.replace('/{id}', ''), session.accessToken);
        expect(created.status, created.body).toBe(201);
        ids.set(template, (JSON.parse(created.body) as { data: { id: string } }).data.id);
      }
      const operations = Object.entries(document.paths)
        .flatMap(([template, methods]) => Object.entries(methods).map(([method, operation]) => ({ template, method, operation })))
        .sort((a, b) => METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
      const requests = operations.flatMap(({ template, method, operation }, index) =>
        fuzzRequests(method.toUpperCase(), template, operation, resolve, (path) => ({ id: ids.get(path) ?? '' }), {
          seed: SEED + index,
          randomCount: RANDOM_VALUES_PER_FIELD,
        }).map((request) => ({ ...request, operation: `${method.toUpperCase()} ${template}` })),
      );

      const tally = new StatusTally();
      const problems: string[] = [];
      const started = Date.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENT_FUZZ_REQUESTS }, async () => {
          while (next < requests.length) {
            const request = requests[next++]!;
            const response = await call(app.url, request.method, request.target, {
              token: session.accessToken,
              body: request.body,
            }).catch((error: unknown) => failureName(error));
            tally.add(request.operation, typeof response === 'string' ? response : response.status);
            const problem = typeof response === 'string' ? `no response (${response})` : contractProblem(response);
            if (problem) problems.push(`${request.operation} [${request.mutation}]: ${problem}`);
          }
        }),
      );
      console.info(`[e2e] fuzz: ${requests.length} requests in ${Date.now() - started} ms; ${tally}`);
      if (problems.length) console.error(`[e2e] fuzz problems:\n${problems.slice(0, 200).join('\n')}`);
      expect(problems.slice(0, 25), `${problems.length} of ${requests.length} requests broke the contract`).toEqual([]);
    });

    it("answers what the HTTP platform and Node's parser reject with the envelope and a request id", async () => {
      const order = await create(UNOWNED, session.accessToken);
      const orderId = (JSON.parse(order.body) as { data: { id: string } }).data.id;
      const host = `Host: 127.0.0.1:${app.port}\r\n`;
      const auth = `Authorization: Bearer ${session.accessToken}\r\n`;
      const cases: [string, string, (status: number) => boolean][] = [
        ['a malformed percent-encoding in an API path', `GET /api/v1/orders/%ff HTTP/1.1\r\n${host}${auth}\r\n`, (s) => s === 400 || s === 404],
        ['a malformed percent-encoding outside /api', `GET /%zz HTTP/1.1\r\n${host}\r\n`, (s) => s === 400 || s === 404],
        ['an unknown path outside /api', `GET / HTTP/1.1\r\n${host}\r\n`, (s) => s === 404],
        ['/favicon.ico', `GET /favicon.ico HTTP/1.1\r\n${host}\r\n`, (s) => s === 404],
        ['an undeclared method on a health route', `POST /health/live HTTP/1.1\r\n${host}Content-Length: 0\r\n\r\n`, (s) => s === 404 || s === 405],
        [
          'DELETE with Content-Type: application/json and no body',
          `DELETE /api/v1/orders/${orderId} HTTP/1.1\r\n${host}${auth}Content-Type: application/json\r\n\r\n`,
          (s) => s === 204,
        ],
        ['a 20 KB header', `GET /health/live HTTP/1.1\r\n${host}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`, (s) => s === 431],
        ['a 20 KB URL', `GET /api/v1/orders?title=${'a'.repeat(20_000)} HTTP/1.1\r\n${host}\r\n`, (s) => s === 431 || s === 414],
        ['Content-Length: abc', `POST /api/v1/orders HTTP/1.1\r\n${host}Content-Length: abc\r\n\r\n`, (s) => s === 400],
        ['no Host header', 'GET /health/live HTTP/1.1\r\n\r\n', (s) => s === 400],
        ['a malformed request line', 'GARBAGE\r\n\r\n', (s) => s === 400],
        ['a broken chunked body', `POST /api/v1/orders HTTP/1.1\r\n${host}${auth}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`, (s) => s === 400],
      ];
      const problems: string[] = [];
      for (const [kind, request, expected] of cases) {
        const response = await rawRequest(app.port, request);
        const problem = response ? contractProblem(response) : 'closed without a response';
        if (problem || !expected(response!.status)) problems.push(`${kind}: ${problem ?? `status ${response!.status}`}`);
        console.info(`[e2e] raw: ${kind} -> ${response?.status ?? 'no response'}`);
      }
      expect(problems).toEqual([]);
    });

    it("refuses a deleted user's unexpired token (401) within seconds, without a 5xx in between", async () => {
      const doomed = await newSession(app.url);
      expect((await create(OWNED, doomed.accessToken)).status).toBe(201);
      await queryProjectDatabase(project.dir, database.url, 'DELETE FROM users WHERE id = $1', [doomed.userId]);
      const tally = new StatusTally();
      const problems: string[] = [];
      const attempt = async (label: string, send: () => Promise<ReceivedResponse>) => {
        const response = await send();
        tally.add(label, response.status);
        const problem = contractProblem(response);
        if (problem) problems.push(`${label}: ${problem}`);
        return response.status === 401;
      };
      const started = Date.now();
      let refused = false;
      while (!refused && Date.now() - started < 8_000) {
        const results = await Promise.all([
          attempt(`POST ${OWNED}`, () => create(OWNED, doomed.accessToken)),
          attempt(`GET ${OWNED}`, () => call(app.url, 'GET', OWNED, { token: doomed.accessToken })),
          attempt(`POST ${UNOWNED}`, () => create(UNOWNED, doomed.accessToken)),
        ]);
        refused = results.every(Boolean);
        if (!refused) await sleep(250);
      }
      console.info(`[e2e] deleted user's token: refused everywhere after ${Date.now() - started} ms; ${tally}`);
      expect(problems).toEqual([]);
      expect(refused).toBe(true);
    });

    it('answers only 2xx and 503 while the database crashes and restarts under load, and recovers within 10 s', async () => {
      const tally = new StatusTally();
      const problems: string[] = [];
      let phase = 'before';
      let restartedAt = 0;
      let lastFailureAt = 0;
      const routes = [
        () => call(app.url, 'GET', UNOWNED, { token: session.accessToken, timeoutMs: 5_000 }),
        () => create(OWNED, session.accessToken),
        () => call(app.url, 'GET', '/api/v1/users/me', { token: session.accessToken, timeoutMs: 5_000 }),
      ];
      const recovered = () => restartedAt > 0 && Date.now() - Math.max(lastFailureAt, restartedAt) > 2_000;
      const load = runLoad({ clients: 20, deadlineMs: 25_000, keepGoing: () => !recovered() }, async (client, sequence) => {
        const response = await routes[(client + sequence) % routes.length]!().catch((error: unknown) => failureName(error));
        const outcome = typeof response === 'string' ? response : response.status;
        tally.add(phase, outcome);
        const problem = typeof response === 'string' ? `no response (${response})` : contractProblem(response, [503]);
        if (problem) problems.push(`${phase}: ${problem}`);
        if (typeof response === 'string' || response.status >= 300) lastFailureAt = Date.now();
        await sleep(5);
        return true;
      });
      await sleep(1_500);
      phase = 'outage';
      await database.crash();
      await sleep(3_000);
      await database.start();
      restartedAt = Date.now();
      phase = 'recovery';
      await load;
      const recoveryMs = lastFailureAt > restartedAt ? lastFailureAt - restartedAt : 0;
      console.info(`[e2e] database crash under load (${database.kind}): last non-2xx ${recoveryMs} ms after the restart; ${tally}`);
      expect(problems.slice(0, 25), `${problems.length} responses broke the contract`).toEqual([]);
      expect(recovered(), 'only 2xx for 2 s after the restart').toBe(true);
      expect(recoveryMs).toBeLessThan(10_000);
      expect(tally.outcomes('before')).toEqual(expect.arrayContaining(['200', '201']));
    });

    it('drains on SIGTERM under load: exit 0 within 10 s, every request answered, every stored row acknowledged', async () => {
      const tally = new StatusTally();
      const problems: string[] = [];
      const acknowledged = new Set<string>();
      let signalledAt = 0;
      const load = runLoad({ clients: 20, deadlineMs: 15_000 }, async (client, sequence) => {
        const label = `drain-${client}-${sequence}`;
        const phase = signalledAt ? 'after SIGTERM' : 'before SIGTERM';
        const response = await create(OWNED, session.accessToken, { label }).catch((error: unknown) => failureName(error));
        if (typeof response === 'string') {
          tally.add(phase, response);
          // After the signal: the server stopped listening, or closed an idle connection as this request was sent
          // on it (a request it never read, so no row); each client stops at its first.
          const closing = signalledAt > 0 && ['ECONNREFUSED', 'ECONNRESET', 'UND_ERR_SOCKET'].includes(response);
          if (!closing) problems.push(`${label}: ${response}`);
          return false;
        }
        tally.add(phase, response.status);
        if (response.status === 201) acknowledged.add(label);
        const problem = contractProblem(response, [503]);
        if (problem || (response.status !== 201 && response.status !== 503)) problems.push(`${label}: ${problem ?? response.status}`);
        return true;
      });
      await sleep(1_500);
      signalledAt = Date.now();
      app.process.kill('SIGTERM');
      await sleep(300);
      app.process.kill('SIGTERM');
      const exit = await app.process;
      const exitMs = Date.now() - signalledAt;
      await load;
      const stored = await queryProjectDatabase<{ label: string }>(
        project.dir,
        database.url,
        "SELECT label FROM order_items WHERE label LIKE 'drain-%'",
      );
      const unacknowledged = stored.map((row) => row.label).filter((label) => !acknowledged.has(label));
      console.info(
        `[e2e] SIGTERM under load: exit ${exit.exitCode} after ${exitMs} ms; ${stored.length} rows stored, ` +
          `${acknowledged.size} acknowledged; ${tally}`,
      );
      expect(exit.exitCode, app.output().slice(-2_000)).toBe(0);
      expect(exitMs).toBeLessThan(10_000);
      expect(problems.slice(0, 25)).toEqual([]);
      expect(unacknowledged).toEqual([]);
      expect(tally.outcomes('before SIGTERM')).toContain('201');
    });
  });
}
