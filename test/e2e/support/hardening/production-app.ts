import { execa, type ResultPromise } from 'execa';
import type { GeneratedProject } from '../generated-project.js';
import { freePort } from '../free-port.js';
import { statusOf, waitFor } from '../wait-for.js';

export interface ProductionApp {
  port: number;
  url: string;
  process: ResultPromise<{ all: true; reject: false }>;
  output(): string;
}

/** Starts the project's production bundle as `npm start` does, and waits until it answers. */
export async function startProductionApp(project: GeneratedProject, env: Record<string, string>): Promise<ProductionApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = execa('node', ['dist/main.bundle.js'], {
    cwd: project.dir,
    env: { ...project.env, NODE_ENV: 'production', PORT: String(port), LOG_LEVEL: 'warn', ...env },
    all: true,
    reject: false,
  });
  child.all.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(async () => (await statusOf(`${url}/health/ready`)) === 200, 30_000);
  return { port, url, process: child, output: () => output };
}
