import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Recovery } from './step.js';

const ENGINE_DOWNLOAD_FAILURE = /binaries\.prisma\.sh|schema-engine/i;

/**
 * Offline, Prisma's CLI cannot download its native schema engine. `prisma generate` does not use it
 * (the client is WASM plus the pg driver adapter), so the step is retried with a stub engine.
 */
export async function offlinePrismaEngine(output: string): Promise<Recovery | undefined> {
  if (process.env.PRISMA_SCHEMA_ENGINE_BINARY || !ENGINE_DOWNLOAD_FAILURE.test(output)) return undefined;
  const dir = await mkdtemp(join(tmpdir(), 'backend-arch-engine-'));
  const stub = join(dir, 'schema-engine');
  await writeFile(stub, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return {
    env: { PRISMA_SCHEMA_ENGINE_BINARY: stub },
    note: "Prisma's schema engine could not be downloaded (offline?); generated the client without it",
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
