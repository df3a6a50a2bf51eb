import { execa, type ResultPromise } from 'execa';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { waitFor } from './wait-for.js';

export type BrokerKind = 'nats' | 'redis' | 'rabbitmq';

/** A broker from the Debian package, on 127.0.0.1 and a free port, for one test file. */
export interface BrokerServer {
  url: string;
  stop(): Promise<void>;
}

// The Debian package's `rabbitmq-server` switches to the rabbitmq user and its system-wide node; this script runs a
// node as the current user, wherever the environment puts it.
const RABBITMQ_SERVER = '/usr/lib/rabbitmq/bin/rabbitmq-server';
// A loaded 2-core machine boots an Erlang node in about 15 s.
const RABBITMQ_BOOT_MS = 60_000;

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function stopChild(child: ResultPromise): Promise<void> {
  child.kill('SIGTERM');
  await child;
}

/**
 * A throwaway RabbitMQ node: its own name, ports, data, logs and HOME (for the Erlang cookie), no config file or
 * plugin, and its own epmd (Erlang's port mapper, which a node would otherwise start as a daemon that outlives it).
 */
async function startRabbitmq(port: number, dir: string): Promise<{ children: ResultPromise[]; bootMs: number }> {
  const epmdPort = await freePort();
  const epmd = execa('epmd', ['-port', String(epmdPort), '-address', '127.0.0.1'], { reject: false });
  await waitFor(() => accepts(epmdPort), 10_000);
  const server = execa(RABBITMQ_SERVER, [], {
    cwd: dir,
    reject: false,
    // Its SIGTERM handler stops the node gracefully, which takes seconds; a SIGKILL would leave the node running.
    forceKillAfterDelay: 30_000,
    env: {
      HOME: dir,
      ERL_EPMD_PORT: String(epmdPort),
      RABBITMQ_NODENAME: `backend-arch-e2e-${port}@localhost`,
      RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
      RABBITMQ_NODE_PORT: String(port),
      RABBITMQ_DIST_PORT: String(await freePort()),
      RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
      RABBITMQ_LOG_BASE: join(dir, 'log'),
      RABBITMQ_CONF_ENV_FILE: join(dir, 'rabbitmq-env.conf'),
      RABBITMQ_CONFIG_FILE: join(dir, 'rabbitmq'),
      RABBITMQ_ADVANCED_CONFIG_FILE: join(dir, 'advanced.config'),
      RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
    },
  });
  const bootMs = await waitFor(() => accepts(port), RABBITMQ_BOOT_MS).catch(async (error: Error) => {
    await Promise.all([stopChild(server), stopChild(epmd)]);
    throw new Error(`rabbitmq-server did not start: ${error.message}`);
  });
  // The node first, so that it leaves epmd cleanly.
  return { children: [server, epmd], bootMs };
}

export async function startBroker(kind: BrokerKind): Promise<BrokerServer> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), `backend-arch-${kind}-`));
  let children: ResultPromise[];
  if (kind === 'rabbitmq') {
    const rabbitmq = await startRabbitmq(port, dir);
    children = rabbitmq.children;
    console.info(`[e2e] rabbitmq-server boot: ${rabbitmq.bootMs} ms`);
  } else {
    children = [
      kind === 'nats'
        ? execa('nats-server', ['--addr', '127.0.0.1', '--port', String(port)], { reject: false })
        : execa('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir], {
            reject: false,
          }),
    ];
    await waitFor(() => accepts(port), 10_000);
  }
  return {
    url: `${kind === 'rabbitmq' ? 'amqp' : kind}://127.0.0.1:${port}`,
    async stop() {
      for (const child of children) await stopChild(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
