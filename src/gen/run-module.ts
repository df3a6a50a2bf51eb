import { generateModule, parseFields } from '../../generators/module/index.js';
import { UsageError } from '../errors.js';
import { readManifest } from '../manifest/manifest-schema.js';
import { prismaGenerateStep } from '../post/prisma-generate-step.js';
import { runStep } from '../post/step.js';
import type { GenArgs } from './args.js';
import { promptFields, promptModuleName, promptOwned } from './prompt-module.js';

const interactive = () => Boolean(process.stdin.isTTY && process.stdout.isTTY);

async function moduleAnswers(args: GenArgs, auth: boolean) {
  if (args.name !== undefined && args.fields !== undefined) return { name: args.name, fields: args.fields, owned: args.owned };
  if (!interactive()) {
    throw new UsageError('module needs a name and --fields, e.g. npm run gen -- module orders --fields "title:string"');
  }
  const name = args.name ?? (await promptModuleName());
  const fields = args.fields ?? (await promptFields());
  const owned = args.owned || (auth && (await promptOwned()));
  return { name, fields, owned };
}

/** `gen module <name> --fields ...`: writes the slice, then regenerates the Prisma client so the project typechecks. */
export async function runModuleGenerator(args: GenArgs, projectRoot: string): Promise<number> {
  const manifest = await readManifest(projectRoot);
  if (manifest.layout === 'microservices') {
    throw new UsageError('a microservices project has no modules; add a service with: npm run gen -- service <name>');
  }
  const answers = await moduleAnswers(args, manifest.auth);
  const { plan, report } = await generateModule({
    projectRoot,
    name: answers.name,
    fields: parseFields(answers.fields),
    owned: answers.owned,
    force: args.force,
    dryRun: args.dryRun,
  });
  process.stdout.write(`${report}\n`);
  if (args.dryRun) return 0;
  for (const change of plan.changes) process.stdout.write(`  ${change.before === undefined ? '+' : '~'} ${change.path}\n`);

  const pm = manifest.packageManager;
  if (args.generate) {
    const note = await runStep(prismaGenerateStep(pm), projectRoot).catch((error: unknown) => {
      throw new Error(`prisma generate failed (${String((error as { shortMessage?: string }).shortMessage ?? error).split('\n')[0]}); the files were written, retry with: ${pm} run db:generate`);
    });
    process.stdout.write(`✔ generate the Prisma client${note ? ` (${note})` : ''}\n`);
  }
  process.stdout.write(`\nNext: ${pm} run typecheck && ${pm} test; the migration applies on the next ${pm} run dev (or ${pm} run db:migrate).\n`);
  return 0;
}
