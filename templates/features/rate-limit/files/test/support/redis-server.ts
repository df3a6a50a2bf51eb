import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { Redis } from 'ioredis';

export interface RedisServer {
  url: string;
  close(): Promise<void>;
}

/** A server this helper started: it can be stopped (losing its data) and started again on the same port. */
export interface OwnRedisServer extends RedisServer {
  stop(): Promise<void>;
  restart(): Promise<void>;
}

const READY_TIMEOUT_MS = 5_000;

// The REDIS_URL the tests were started with (see rate-limit-test-environment.ts).
const outsideRedisUrl = process.env.TEST_REDIS_URL;
const redisServerBinary = process.env.PATH?.split(delimiter)
  .map((dir) => join(dir, 'redis-server'))
  .find(isExecutable);

/** Why Redis tests are skipped, or undefined when they can run (REDIS_URL set, or redis-server on PATH). */
export const redisMissing =
  outsideRedisUrl || redisServerBinary
    ? undefined
    : 'skipped: set REDIS_URL or put redis-server on PATH (apt-get install redis-server)';

/** A throwaway redis-server can be stopped and restarted, which an outside REDIS_URL cannot. */
export const redisServerMissing = redisServerBinary ? undefined : 'skipped: needs redis-server on PATH';

/** `REDIS_URL` when set, else a throwaway redis-server on a free loopback port. */
export async function startRedis(): Promise<RedisServer> {
  return outsideRedisUrl ? { url: outsideRedisUrl, close: () => Promise.resolve() } : startOwnRedis();
}

export async function startOwnRedis(): Promise<OwnRedisServer> {
  if (!redisServerBinary) throw new Error(redisServerMissing);
  const binary = redisServerBinary;
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child = await launch(binary, port, url);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  return {
    url,
    stop,
    close: stop,
    restart: async () => {
      child = await launch(binary, port, url);
    },
  };
}

async function launch(binary: string, port: number, url: string): Promise<ChildProcess> {
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  try {
    await waitUntilAnswering(url);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return child;
}

async function waitUntilAnswering(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.ping();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      client.disconnect();
    }
  }
  throw new Error(`redis-server did not answer on ${url} within ${READY_TIMEOUT_MS} ms`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
