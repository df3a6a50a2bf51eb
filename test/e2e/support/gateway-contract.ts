import { execa } from 'execa';
import { copyFile, mkdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { packageRoot } from '../../../src/package-root.js';

const CLI = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
const FIXTURES = join(packageRoot(), 'test', 'e2e', 'fixtures', 'gateway-contract');

/** The monolith's HTTP e2e specs of the routes the gateway serves, and the support files they import, copied as they are. */
export const MONOLITH_CONTRACT_SPECS = ['test/e2e/auth.e2e-spec.ts', 'test/e2e/access-token.e2e-spec.ts'];
const MONOLITH_SUPPORT = ['test/support/auth-client.ts', 'test/support/forged-keys.ts'];

/** What stands in for the monolith's in-process test app and its test keys (fixture name -> path in the identity app). */
const ADAPTERS: Record<string, string> = {
  'test-app.ts': 'test/support/test-app.ts',
  'auth-test-environment.ts': 'test/support/auth-test-environment.ts',
  'vitest.config.ts': 'vitest.gateway-contract.config.ts',
};

export interface ContractRun {
  passed: number;
  total: number;
  output: string;
}

/**
 * Generates a monolith with the microservices project's signing algorithm, copies its auth e2e specs unchanged into
 * the identity app (whose source has the same paths the specs import), and runs them against the running gateway.
 * The copies are removed afterwards so the project's own checks never see them.
 */
export async function runMonolithContractAgainstGateway(options: {
  workDir: string;
  identityDir: string;
  identityEnv: NodeJS.ProcessEnv;
  gatewayUrl: string;
}): Promise<ContractRun> {
  const { workDir, identityDir, identityEnv, gatewayUrl } = options;
  const monolithDir = join(workDir, 'monolith-contract');
  await execa('node', [CLI, monolithDir, '--yes', '--no-install', '--no-git', '--jwt-alg', 'EdDSA'], { cwd: workDir });

  const copies = [
    ...[...MONOLITH_CONTRACT_SPECS, ...MONOLITH_SUPPORT].map((path) => ({ from: join(monolithDir, path), to: path })),
    ...Object.entries(ADAPTERS).map(([fixture, path]) => ({ from: join(FIXTURES, fixture), to: path })),
  ];
  try {
    for (const { from, to } of copies) {
      await mkdir(dirname(join(identityDir, to)), { recursive: true });
      await copyFile(from, join(identityDir, to));
    }
    const result = await execa('npx', ['vitest', 'run', '--config', ADAPTERS['vitest.config.ts']!], {
      cwd: identityDir,
      env: { ...identityEnv, GATEWAY_URL: gatewayUrl, CI: 'true' },
      all: true,
      reject: false,
    });
    const output = stripVTControlCharacters(String(result.all));
    const summary = /^\s*Tests\s+(?:(\d+) failed \| )?(\d+) passed \((\d+)\)\s*$/m.exec(output);
    return { passed: Number(summary?.[2] ?? 0), total: Number(summary?.[3] ?? -1), output };
  } finally {
    await Promise.all(copies.map(({ to }) => rm(join(identityDir, to), { force: true })));
    await removeEmptyFolders(identityDir, ['test/e2e', 'test/support', 'test']);
    await rm(monolithDir, { recursive: true, force: true });
  }
}

async function removeEmptyFolders(root: string, folders: string[]): Promise<void> {
  for (const folder of folders) await rmdir(join(root, folder)).catch(() => undefined);
}
