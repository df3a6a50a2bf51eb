import { generateService } from '../../generators/service/generate-service.js';
import { UsageError } from '../errors.js';
import { offlinePrismaEngine, offlinePrismaEngineAhead } from '../post/offline-prisma-engine.js';
import { runStep } from '../post/step.js';
import type { GenArgs } from './args.js';

/** `gen service <name>`: writes the service and wires it in, then installs so the new workspace is linked and typechecks. */
export async function runServiceGenerator(args: GenArgs, projectRoot: string): Promise<number> {
  if (args.name === undefined) throw new UsageError('service needs a name, e.g. npm run gen -- service payments');
  if (args.fields !== undefined || args.owned) throw new UsageError('--fields and --owned are options of gen module; a service starts with the fields of its template');
  if (args.force) throw new UsageError('gen service has no --force: it never overwrites a service');
  const { changes, report } = await generateService({ projectRoot, name: args.name, dryRun: args.dryRun });
  process.stdout.write(`${report}\n`);
  if (args.dryRun) return 0;
  for (const change of changes) process.stdout.write(`  ${change.before === undefined ? '+' : '~'} ${change.path}\n`);

  // The layout is an npm-workspaces repository: its root scripts call npm too.
  const pm = 'npm';
  const workspace = `apps/${args.name}`;
  if (args.install) {
    const step = {
      name: 'install the new workspace and generate its Prisma client',
      commands: [
        { file: pm, args: ['install'] },
        { file: pm, args: ['run', 'db:generate', '-w', workspace] },
      ],
      recover: offlinePrismaEngine,
      anticipate: offlinePrismaEngineAhead,
    };
    const note = await runStep(step, projectRoot).catch((error: unknown) => {
      throw new Error(`${step.name} failed (${String((error as { shortMessage?: string }).shortMessage ?? error).split('\n')[0]}); the files were written, retry with: ${pm} install && ${pm} run db:generate -w ${workspace}`);
    });
    process.stdout.write(`✔ ${step.name}${note ? ` (${note})` : ''}\n`);
  } else {
    process.stdout.write(`\nThen: ${pm} install && ${pm} run db:generate -w ${workspace}\n`);
  }
  process.stdout.write(`\nNext: ${pm} run typecheck && ${pm} test; ${pm} run dev starts ${args.name} with the other apps.\n`);
  return 0;
}
