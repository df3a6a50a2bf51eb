#!/usr/bin/env node
// Kept light: --help and --version must not load the generator (zod, node-plop, execa...).
import module from 'node:module';
import { UsageError } from '../errors.js';
import { parseCliArgs, presetSpecIn, type CliArgs, type FeatureFlag } from './args.js';

// Node >= 22.1 keeps V8's compiled code between runs (in a cache under the temp dir); Node 20 has no such API.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

function parse(argv: string[], featureFlags: FeatureFlag[] = []): CliArgs | number {
  try {
    return parseCliArgs(argv, featureFlags);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    if (argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify({ ok: false, error: { code: 'USAGE', message: error.message } })}\n`);
    }
    return 2;
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'preset' && argv[1] === 'check') {
    const { runPresetCommand } = await import('./preset-command.js');
    return runPresetCommand(argv.slice(1));
  }
  // A preset's features add flags: it is resolved before the arguments are parsed for good.
  // --help with a preset lists the preset's feature flags too.
  const presetSpec = argv.some((arg) => /^-(v|-version)$/.test(arg)) ? undefined : presetSpecIn(argv);
  if (presetSpec) {
    const { runWithPreset } = await import('./run.js');
    return runWithPreset(argv, presetSpec, parse);
  }
  const args = parse(argv);
  if (typeof args === 'number') return args;
  if (args.help) {
    const { helpText } = await import('./help.js');
    process.stdout.write(helpText());
    return 0;
  }
  if (args.version) {
    const { packageVersion } = await import('../package-root.js');
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (args.ejectTemplates !== undefined) {
    const { runEject } = await import('./preset-command.js');
    return runEject(args);
  }
  const { run } = await import('./run.js');
  return run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = process.env.DEBUG && error instanceof Error ? error.stack : String(error);
    process.stderr.write(`error: ${detail}\n`);
    process.exitCode = 1;
  },
);
