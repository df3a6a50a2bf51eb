import { execa } from 'execa';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/** A database the test can stop and start again, to watch the app lose and regain it. */
export interface StoppableDatabase {
  url: string;
  kind: 'postgresql' | 'pglite';
  stop(): Promise<void>;
  /** Stops without a clean shutdown (PostgreSQL's `-m immediate`): the next start runs crash recovery. */
  crash(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

/** A throwaway PostgreSQL cluster when the server binaries are installed, else PGlite from the generated project. */
export async function startStoppableDatabase(projectDir: string): Promise<StoppableDatabase> {
  const binDir = postgresBinDir();
  return binDir ? startCluster(binDir) : startPglite(projectDir);
}

function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => join(root, version, 'bin')).find((dir) => existsSync(join(dir, 'pg_ctl')));
}

async function startCluster(binDir: string): Promise<StoppableDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'backend-arch-pg-'));
  const port = await freePort();
  // initdb refuses to run as root: run the server as the postgres user then.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await execa('id', ['-u', 'postgres']);
    const { stdout: gid } = await execa('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout), Number(gid));
  }
  const pg = (tool: string, args: string[]) =>
    asRoot ? execa('runuser', ['-u', 'postgres', '--', join(binDir, tool), ...args]) : execa(join(binDir, tool), args);
  const dataDir = join(dir, 'data');
  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = async () => {
    await pg('pg_ctl', ['-D', dataDir, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  };
  const stop = async (mode = 'fast') => {
    await pg('pg_ctl', ['-D', dataDir, '-m', mode, '-w', 'stop']);
  };
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    kind: 'postgresql',
    start,
    stop: () => stop(),
    crash: () => stop('immediate'),
    async dispose() {
      await stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const PGLITE_SERVER = `
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
const [dataDir, port] = process.argv.slice(-2);
const db = await PGlite.create(dataDir);
const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: Number(port), maxConnections: 10 });
await server.start();
console.log('ready');
`;

async function startPglite(projectDir: string): Promise<StoppableDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'backend-arch-pglite-'));
  const script = join(projectDir, '.pglite-server.mjs');
  await writeFile(script, PGLITE_SERVER);
  const port = await freePort();
  let child: ReturnType<typeof execa> | undefined;
  const start = async () => {
    child = execa('node', [script, join(dir, 'data'), String(port)], { cwd: projectDir, reject: false });
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      void child!.then(() => reject(new Error('PGlite server exited before it was ready')));
    });
  };
  const stop = async () => {
    child?.kill('SIGKILL');
    await child;
  };
  await start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    kind: 'pglite',
    start,
    stop,
    crash: stop,
    async dispose() {
      await stop();
      await rm(dir, { recursive: true, force: true });
      await rm(script, { force: true });
    },
  };
}
