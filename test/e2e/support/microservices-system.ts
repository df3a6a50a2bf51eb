import { execa, type ResultPromise } from 'execa';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { statusOf, waitFor } from './wait-for.js';

// Run inside a service of the generated project: creates its database and applies its committed migrations with
// the service's own runner (the one its tests use), so no Prisma engine download is needed.
const PREPARE_DATABASE = `
import pg from 'pg';
import { applyMigrations } from './dist/infrastructure/database/migration-runner.js';
const [serverUrl, database] = process.argv.slice(-2);
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query('CREATE DATABASE "' + database + '"');
await admin.end();
const url = new URL(serverUrl);
url.pathname = '/' + database;
const client = new pg.Client({ connectionString: url.href });
await client.connect();
await applyMigrations(client, 'prisma/migrations');
await client.end();
`;

/** One app of a generated microservices project, run from its build in production mode. */
class RunningApp {
  private child: ResultPromise<{ all: true; reject: false }> | undefined;
  /** Everything the app printed, across restarts. */
  output = '';

  constructor(
    readonly name: string,
    private readonly dir: string,
    readonly env: NodeJS.ProcessEnv,
    readonly httpPort: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }

  start(): void {
    this.child = execa('node', ['dist/main.bundle.js'], { cwd: this.dir, env: this.env, all: true, reject: false });
    this.child.all.on('data', (chunk: Buffer) => {
      this.output += chunk.toString();
    });
  }

  async waitUntilLive(timeoutMs = 30_000): Promise<void> {
    await waitFor(async () => (await statusOf(`${this.url}/health/live`)) === 200, timeoutMs).catch((error: Error) => {
      throw new Error(`${this.name} did not start: ${error.message}\n${this.output}`);
    });
  }

  /** SIGSTOP: the process keeps its sockets open and answers nothing, like a hung service. */
  freeze(): void {
    this.child?.kill('SIGSTOP');
  }

  thaw(): void {
    this.child?.kill('SIGCONT');
  }

  /** Stops the app with SIGTERM and resolves with its exit code. */
  async stop(): Promise<number | undefined> {
    if (!this.child) return undefined;
    const child = this.child;
    this.child = undefined;
    child.kill('SIGTERM');
    return (await child).exitCode;
  }

  kill(): void {
    this.child?.kill('SIGCONT');
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }
}

export interface MicroservicesSystem {
  gateway: RunningApp;
  services: Map<string, RunningApp>;
  /** Milliseconds from starting every app to the gateway's readiness answering 200. */
  bootMs: number;
  rpcPorts: Map<string, number>;
  stopAll(): void;
}

/** Each service on a database of its own on `serverUrl`; the gateway in front; every app on free ports. */
export async function startMicroservicesSystem(options: {
  projectDir: string;
  services: string[];
  serverUrl: string;
  env: NodeJS.ProcessEnv;
  /** The gateway's own settings for the test (timeouts, limits). */
  gatewayEnv: Record<string, string>;
  /** Transport settings every app gets (a broker URL); empty for tcp, whose ports are assigned here. */
  transportEnv: Record<string, string>;
}): Promise<MicroservicesSystem> {
  const { projectDir, services, serverUrl, env, gatewayEnv, transportEnv } = options;
  const appDir = (name: string) => join(projectDir, 'apps', name);
  const databaseName = (service: string) => `${service.replaceAll('-', '_')}_${Date.now().toString(36)}`;
  const databaseUrl = (database: string) => Object.assign(new URL(serverUrl), { pathname: `/${database}` }).href;

  const rpcPorts = new Map<string, number>();
  const serviceApps = new Map<string, RunningApp>();
  const upstreamEnv: Record<string, string> = {};
  for (const service of services) {
    const database = databaseName(service);
    await execa('node', ['--input-type=module', '-e', PREPARE_DATABASE, serverUrl, database], { cwd: appDir(service) });
    const [httpPort, rpcPort] = [await freePort(), await freePort()];
    rpcPorts.set(service, rpcPort);
    const prefix = service.toUpperCase().replaceAll('-', '_');
    upstreamEnv[`${prefix}_HOST`] = '127.0.0.1';
    upstreamEnv[`${prefix}_PORT`] = String(rpcPort);
    serviceApps.set(
      service,
      new RunningApp(service, appDir(service), {
        ...env,
        ...transportEnv,
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        DATABASE_URL: databaseUrl(database),
        PORT: String(httpPort),
        RPC_HOST: '127.0.0.1',
        RPC_PORT: String(rpcPort),
      }, httpPort),
    );
  }
  const gatewayPort = await freePort();
  const gateway = new RunningApp('gateway', appDir('gateway'), {
    ...env,
    ...transportEnv,
    ...(Object.keys(transportEnv).length === 0 ? upstreamEnv : {}),
    ...gatewayEnv,
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    PORT: String(gatewayPort),
  }, gatewayPort);

  const started = Date.now();
  const all = [...serviceApps.values(), gateway];
  for (const app of all) app.start();
  await Promise.all(all.map((app) => app.waitUntilLive()));
  await waitFor(async () => (await statusOf(`${gateway.url}/health/ready`)) === 200, 30_000).catch((error: Error) => {
    throw new Error(`the gateway did not become ready: ${error.message}\n${all.map((app) => app.output).join('\n')}`);
  });
  return {
    gateway,
    services: serviceApps,
    bootMs: Date.now() - started,
    rpcPorts,
    stopAll: () => all.forEach((app) => app.kill()),
  };
}
