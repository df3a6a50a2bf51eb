import { execa, type Options } from 'execa';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../../src/package-root.js';
import { freePort } from './free-port.js';
import { type StoppableDatabase, startStoppableDatabase } from './postgres-server.js';
import { statusOf, waitFor } from './wait-for.js';

const CLI = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
const redisAvailable = Boolean(process.env.REDIS_URL) || onPath('redis-server');

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, command)));
}

/** Runs a command, logs how long it took, and fails with its whole output. */
export function timed(label: string, command: string, args: string[], options: Options) {
  const started = Date.now();
  return execa(command, args, { all: true, ...options }).then(
    (result) => {
      console.info(`[e2e] ${label}: ${((Date.now() - started) / 1000).toFixed(1)}s`);
      return result;
    },
    (error: { all?: string; message: string }) => {
      throw new Error(`${label} failed:\n${error.all ?? error.message}`);
    },
  );
}

export interface GeneratedProject {
  dir: string;
  env: NodeJS.ProcessEnv;
}

export interface GeneratedProjectHooks {
  /** Tests that change the project right after it is created, so every later check covers the change. */
  afterCreate?: (project: GeneratedProject) => void;
  /** Tests that run after all the others. */
  more?: (project: GeneratedProject) => void;
}

/**
 * The suite every generated project passes: the CLI generates and installs it, then it typechecks, lints,
 * builds, passes its own tests, and in production mode answers its health checks against PostgreSQL,
 * follows the database down and up again and exits 0 on SIGTERM.
 */
export function describeGeneratedProject(
  name: string,
  cliOptions: string[],
  { afterCreate, more }: GeneratedProjectHooks = {},
): void {
  describe(`generated ${name}`, () => {
    let workDir: string;
    // Filled in beforeAll; `more` reads it from its own tests.
    const project: GeneratedProject = { dir: '', env: {} };

    beforeAll(async () => {
      workDir = await mkdtemp(join(tmpdir(), 'backend-arch-e2e-'));
      project.dir = join(workDir, 'demo');
      // Offline, the CLI itself falls back to a stub Prisma schema engine for `prisma generate`.
      project.env = { ...process.env, CI: 'true' };
    });

    afterAll(async () => {
      await rm(workDir, { recursive: true, force: true });
    });

    it('is generated and installed by the CLI', async () => {
      const args = [CLI, project.dir, '--yes', ...cliOptions, '--no-git', '--package-manager', 'npm'];
      const result = await timed('create (with install and prisma generate)', 'node', args, {
        cwd: workDir,
        env: project.env,
      });
      expect(result.exitCode).toBe(0);
      expect(result.all).toMatch(/✔ generate the Prisma client/);
      expect(result.all).toContain('npm run dev');
    });

    if (afterCreate) afterCreate(project);

    it.each(['format:check', 'typecheck', 'lint', 'build'])('passes npm run %s', async (script) => {
      const result = await timed(`npm run ${script}`, 'npm', ['run', script], { cwd: project.dir, env: project.env });
      expect(result.exitCode).toBe(0);
    });

    it('passes its own tests', async () => {
      const result = await timed('npm test', 'npm', ['test'], { cwd: project.dir, env: project.env });
      // vitest's closing line: "Tests  N passed (T)", with "| S skipped" before the total when tests were skipped.
      const summary = /^\s*Tests\s+(\d+) passed(?: \| (\d+) skipped)? \((\d+)\)\s*$/m.exec(
        stripVTControlCharacters(String(result.all)),
      );
      expect(summary, 'the generated suite reports no failure').not.toBeNull();
      const [, passed, skipped = '0', total] = summary!;
      console.info(`[e2e] generated project's tests: ${passed} passed, ${skipped} skipped`);
      // Only the shared-store rate-limit tests may skip, and only where no Redis server can be started.
      if (redisAvailable) expect(skipped).toBe('0');
      expect(Number(passed) + Number(skipped)).toBe(Number(total));
    });

    describe('in production mode against PostgreSQL', () => {
      let database: StoppableDatabase;
      let app: ReturnType<typeof execa>;
      let baseUrl: string;
      let stdout = '';
      const probeWithId = async (requestId: string) =>
        (await fetch(`${baseUrl}/health/live`, { headers: { 'x-request-id': requestId } })).arrayBuffer();
      const loggedRequest = (requestId: string) => stdout.includes(`"request_id":"${requestId}"`);

      beforeAll(async () => {
        database = await startStoppableDatabase(project.dir);
        const port = await freePort();
        baseUrl = `http://127.0.0.1:${port}`;
        app = execa('node', ['dist/main.bundle.js'], {
          cwd: project.dir,
          env: { ...project.env, NODE_ENV: 'production', DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: 'info' },
          all: true,
          reject: false,
        });
        app.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        await waitFor(async () => (await statusOf(`${baseUrl}/health/live`)) === 200, 30_000);
      });

      afterAll(async () => {
        app.kill('SIGKILL');
        await database.dispose();
      });

      it('answers /health/live and /health/ready with 200', async () => {
        expect(await statusOf(`${baseUrl}/health/live`)).toBe(200);
        expect(await statusOf(`${baseUrl}/health/ready`)).toBe(200);
      });

      it('turns ready to 503 within 3 s of the database stopping, live stays 200', async () => {
        await database.stop();
        const elapsed = await waitFor(async () => (await statusOf(`${baseUrl}/health/ready`)) === 503, 3_000);
        console.info(`[e2e] ready 503 after the ${database.kind} stop: ${elapsed} ms`);
        expect(await statusOf(`${baseUrl}/health/live`)).toBe(200);
      });

      it('recovers ready 200 by itself once the database is back', async () => {
        await database.start();
        const elapsed = await waitFor(async () => (await statusOf(`${baseUrl}/health/ready`)) === 200, 15_000);
        console.info(`[e2e] ready 200 after the ${database.kind} restart: ${elapsed} ms`);
      });

      it('writes the log line of a request to stdout soon after it (batched in production)', async () => {
        await probeWithId('production-log-1');
        const elapsed = await waitFor(async () => loggedRequest('production-log-1'), 2_000);
        console.info(`[e2e] production log line on stdout after ${elapsed} ms`);
      });

      it('exits 0 after SIGTERM, with every log line written', async () => {
        await probeWithId('production-log-last');
        const started = Date.now();
        app.kill('SIGTERM');
        const result = await app;
        expect(result.exitCode, String(result.all)).toBe(0);
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(loggedRequest('production-log-last')).toBe(true);
      });
    });

    if (more) more(project);
  });
}
