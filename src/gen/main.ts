#!/usr/bin/env node
import { GenRequestError } from '../../generators/shared/gen-request-error.js';
import { CancelledError, UsageError } from '../errors.js';
import { genHelp, parseGenArgs } from './args.js';
import { findProjectRoot } from './find-project-root.js';

async function main(argv: string[]): Promise<number> {
  const args = parseGenArgs(argv);
  if (args.help) {
    process.stdout.write(genHelp);
    return 0;
  }
  if (!args.generator) {
    throw new UsageError('which generator? e.g. npm run gen -- module orders --fields "title:string", or npm run gen -- service payments (see --help)');
  }
  const root = findProjectRoot(process.cwd());
  if (args.generator === 'module') {
    const { runModuleGenerator } = await import('./run-module.js');
    return runModuleGenerator(args, root);
  }
  if (args.generator === 'service') {
    const { runServiceGenerator } = await import('./run-service.js');
    return runServiceGenerator(args, root);
  }
  const { runPlopGenerator } = await import('./run-plop-generator.js');
  return runPlopGenerator(root, args.generator, argv.slice(1));
}

function exitCodeOf(error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  const usage = error instanceof UsageError || error instanceof GenRequestError;
  process.stderr.write(`error: ${process.env.DEBUG && error instanceof Error ? error.stack : message}\n`);
  return usage ? 2 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = error instanceof CancelledError ? (process.stderr.write(`${error.message}\n`), 1) : exitCodeOf(error);
  },
);
