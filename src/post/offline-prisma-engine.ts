import { lookup } from 'node:dns/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Recovery } from './step.js';

const ENGINE_DOWNLOAD_FAILURE = /binaries\.prisma\.sh|schema-engine/i;
const DEFAULT_ENGINE_HOST = 'binaries.prisma.sh';
// A lookup that takes longer is treated as "maybe online": the CLI gets its normal try.
const LOOKUP_TIMEOUT_MS = 2_000;

/**
 * Offline, Prisma's CLI cannot download its native schema engine. `prisma generate` does not use it
 * (the client is WASM plus the pg driver adapter), so the step is retried with a stub engine.
 */
export async function offlinePrismaEngine(output: string): Promise<Recovery | undefined> {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY || !ENGINE_DOWNLOAD_FAILURE.test(output)) return undefined;
  return stubEngine("Prisma's schema engine could not be downloaded (offline?); generated the client without it");
}

/**
 * The same, known before the first try: when the engine host does not resolve, the CLI would only fail after
 * its download retries (about 8 s), so the step runs with the stub at once.
 */
export async function offlinePrismaEngineAhead(): Promise<Recovery | undefined> {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY || (await resolves(engineHost()))) return undefined;
  return stubEngine(`${engineHost()} does not resolve (offline?); generated the Prisma client without the schema engine`);
}

function engineHost(): string {
  const mirror = process.env.PRISMA_ENGINES_MIRROR;
  return mirror && URL.canParse(mirror) ? new URL(mirror).hostname : DEFAULT_ENGINE_HOST;
}

async function resolves(host: string): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const undecided = new Promise<boolean>((resolve) => {
    timer = setTimeout(resolve, LOOKUP_TIMEOUT_MS, true);
  });
  try {
    return await Promise.race([lookup(host).then(() => true, () => false), undecided]);
  } finally {
    clearTimeout(timer);
  }
}

async function stubEngine(note: string): Promise<Recovery> {
  const dir = await mkdtemp(join(tmpdir(), 'backend-arch-engine-'));
  const stub = join(dir, 'schema-engine');
  await writeFile(stub, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return {
    env: { PRISMA_SCHEMA_ENGINE_BINARY: stub },
    note,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
