import { access, constants } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { offlinePrismaEngine, offlinePrismaEngineAhead } from '../../src/post/offline-prisma-engine.js';
import { type PostStep, runStep } from '../../src/post/step.js';

const DOWNLOAD_FAILURE =
  'Error: request to https://binaries.prisma.sh/all_commits/x/schema-engine.gz.sha256 failed, reason: getaddrinfo ENOTFOUND';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('offlinePrismaEngine', () => {
  it('offers an executable stub engine when the download failed', async () => {
    vi.stubEnv('PRISMA_SCHEMA_ENGINE_BINARY', '');
    const recovery = await offlinePrismaEngine(DOWNLOAD_FAILURE);
    expect(recovery?.note).toMatch(/could not be downloaded/);
    const stub = recovery!.env.PRISMA_SCHEMA_ENGINE_BINARY!;
    await expect(access(stub, constants.X_OK)).resolves.toBeUndefined();
    await recovery!.cleanup();
    await expect(access(stub)).rejects.toThrow();
  });

  it('offers nothing for other failures or when the user set the engine', async () => {
    vi.stubEnv('PRISMA_SCHEMA_ENGINE_BINARY', '');
    expect(await offlinePrismaEngine('Error: Schema validation error P1012')).toBeUndefined();
    vi.stubEnv('PRISMA_SCHEMA_ENGINE_BINARY', '/usr/bin/true');
    expect(await offlinePrismaEngine(DOWNLOAD_FAILURE)).toBeUndefined();
  });
});

describe('offlinePrismaEngineAhead', () => {
  it('offers the stub before the first try when the engine host does not resolve', async () => {
    vi.stubEnv('PRISMA_SCHEMA_ENGINE_BINARY', '');
    vi.stubEnv('PRISMA_ENGINES_MIRROR', 'https://engines.invalid/mirror');
    const recovery = await offlinePrismaEngineAhead();
    expect(recovery?.note).toMatch(/^engines\.invalid does not resolve/);
    await expect(access(recovery!.env.PRISMA_SCHEMA_ENGINE_BINARY!, constants.X_OK)).resolves.toBeUndefined();
    await recovery!.cleanup();
  });

  it('leaves the first try to the CLI when the host resolves or the user set the engine', async () => {
    vi.stubEnv('PRISMA_SCHEMA_ENGINE_BINARY', '');
    vi.stubEnv('PRISMA_ENGINES_MIRROR', 'http://localhost:1/mirror');
    expect(await offlinePrismaEngineAhead()).toBeUndefined();
    vi.stubEnv('PRISMA_ENGINES_MIRROR', 'https://engines.invalid/mirror');
    vi.stubEnv('PRISMA_SCHEMA_ENGINE_BINARY', '/usr/bin/true');
    expect(await offlinePrismaEngineAhead()).toBeUndefined();
  });
});

describe('runStep', () => {
  const failsWithoutVariable: PostStep = {
    name: 'check',
    commands: [{ file: 'node', args: ['-e', 'if (!process.env.RETRY_FLAG) { console.error("needs flag"); process.exit(1) }'] }],
  };

  it('retries once with the recovery environment and returns its note', async () => {
    const cleanup = vi.fn(async () => undefined);
    const step = { ...failsWithoutVariable, recover: async (output: string) => (output.includes('needs flag') ? { env: { RETRY_FLAG: '1' }, note: 'retried', cleanup } : undefined) };
    await expect(runStep(step, process.cwd())).resolves.toBe('retried');
    expect(cleanup).toHaveBeenCalledOnce();
  });

  it('runs once, with the anticipated recovery, when one is known before the first try', async () => {
    const cleanup = vi.fn(async () => undefined);
    const recover = vi.fn(async () => undefined);
    const step = { ...failsWithoutVariable, recover, anticipate: async () => ({ env: { RETRY_FLAG: '1' }, note: 'anticipated', cleanup }) };
    await expect(runStep(step, process.cwd())).resolves.toBe('anticipated');
    expect(recover).not.toHaveBeenCalled();
    expect(cleanup).toHaveBeenCalledOnce();
  });

  it('rethrows when no recovery is offered', async () => {
    await expect(runStep(failsWithoutVariable, process.cwd())).rejects.toThrow(/failed/i);
  });
});
