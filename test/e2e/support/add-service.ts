import { execa } from 'execa';
import { stripVTControlCharacters } from 'node:util';
import { expect } from 'vitest';
import { timed } from './generated-project.js';

/**
 * Adds the `payments` service with `npm run gen` to an installed microservices project, then holds it to what
 * creation promises: every workspace typechecks, lints, builds and passes its tests; a second run refuses and
 * changes nothing.
 */
export async function addPaymentsService(projectDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const added = await timed('npm run gen -- service payments (with install and prisma generate)', 'npm', ['run', 'gen', '--', 'service', 'payments'], { cwd: projectDir, env });
  expect(added.all).toMatch(/service payments: \d+ files created, \d+ modified/);
  for (const script of ['format:check', 'typecheck', 'lint', 'build']) {
    await timed(`npm run ${script} (with payments)`, 'npm', ['run', script], { cwd: projectDir, env });
  }
  const tested = await timed('npm test (with payments)', 'npm', ['test'], { cwd: projectDir, env });
  const summaries = [...stripVTControlCharacters(String(tested.all)).matchAll(/^\s*Tests\s+(\d+) passed \((\d+)\)\s*$/gm)];
  expect(summaries.map(([, passed, total]) => passed === total)).toEqual([true, true, true, true]);

  const again = await execa('npm', ['run', '--silent', 'gen', '--', 'service', 'payments'], { cwd: projectDir, env, all: true, reject: false });
  expect(again.exitCode).toBe(2);
  expect(again.all?.trim()).toBe('error: service "payments" already exists; nothing was changed');
}
