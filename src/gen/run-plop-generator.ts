import { join } from 'node:path';
import { UsageError } from '../errors.js';

/** Runs a generator from the project's plopfile (a team's own, or one of ours), with plop's prompts. */
export async function runPlopGenerator(projectRoot: string, name: string, bypass: string[]): Promise<number> {
  const { default: nodePlop } = await import('node-plop');
  const plop = await nodePlop(join(projectRoot, 'plopfile.js'), { destBasePath: projectRoot, force: false });
  const names = plop.getGeneratorList().map((generator) => generator.name);
  if (!names.includes(name)) throw new UsageError(`unknown generator "${name}" (this project has: ${names.join(', ')})`);
  const generator = plop.getGenerator(name);
  const answers = (await generator.runPrompts(bypass)) as Record<string, unknown>;
  const { changes, failures } = await generator.runActions(answers);
  for (const change of changes) process.stdout.write(`✔ ${change.type} ${change.path}\n`);
  for (const failure of failures) process.stderr.write(`✖ ${failure.type} ${failure.path} ${failure.error}\n`);
  return failures.length > 0 ? 1 : 0;
}
