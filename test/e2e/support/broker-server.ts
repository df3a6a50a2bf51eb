import { execa, type ResultPromise } from 'execa';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { waitFor } from './wait-for.js';

export type BrokerKind = 'nats' | 'redis';

/** A broker from the Debian package, on 127.0.0.1 and a free port, for one test file. */
export interface BrokerServer {
  url: string;
  stop(): Promise<void>;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startBroker(kind: BrokerKind): Promise<BrokerServer> {
  const port = await freePort();
  const dir = await mkdtemp(join(tmpdir(), `backend-arch-${kind}-`));
  const child: ResultPromise =
    kind === 'nats'
      ? execa('nats-server', ['--addr', '127.0.0.1', '--port', String(port)], { reject: false })
      : execa('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir], {
          reject: false,
        });
  await waitFor(() => accepts(port), 10_000);
  return {
    url: `${kind}://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      await child;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
