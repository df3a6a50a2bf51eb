import { parseArgs, type ParseArgsConfig } from 'node:util';
import { featureOptions } from '../../generators/features/registry.js';
import { UsageError } from '../errors.js';

const options = {
  layout: { type: 'string' },
  http: { type: 'string' },
  'jwt-alg': { type: 'string' },
  modules: { type: 'string' },
  services: { type: 'string' },
  transport: { type: 'string' },
  preset: { type: 'string' },
  'package-manager': { type: 'string' },
  install: { type: 'boolean' },
  git: { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

/** Only the option values the user gave; the schema supplies the defaults. */
export interface GivenOptions {
  layout?: string;
  http?: string;
  jwtAlg?: string;
  modules?: string[];
  services?: string[];
  transport?: string;
  auth?: boolean;
  rateLimit?: boolean;
  preset?: string;
  packageManager?: string;
  install?: boolean;
  git?: boolean;
}

export interface CliArgs {
  directory?: string;
  given: GivenOptions;
  yes: boolean;
  dryRun: boolean;
  force: boolean;
  json: boolean;
  help: boolean;
  version: boolean;
}

const commaList = (value: string | undefined) =>
  value === undefined ? undefined : value.split(',').map((item) => item.trim()).filter(Boolean);

function withoutUndefined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

// node's messages are long ("Unknown option '--x'. To specify a positional argument ..."); keep the gist.
function usageErrorFrom(error: Error & { code?: string }): UsageError {
  const flag = /'([^']+)'/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) {
    return new UsageError(`unknown option ${flag} (see --help)`);
  }
  return new UsageError(`${error.message.split('. ')[0]} (see --help)`);
}

function featureFlags(): Record<string, { type: 'boolean' }> {
  return Object.fromEntries(featureOptions().map(({ flag }) => [flag, { type: 'boolean' as const }]));
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, ...featureFlags() }, strict: true, allowPositionals: true, allowNegative: true });
  } catch (error) {
    throw usageErrorFrom(error as Error);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(`expected one directory, got ${positionals.length}: ${positionals.join(' ')} (see --help)`);
  }
  return {
    directory: positionals[0],
    given: withoutUndefined({
      layout: values.layout,
      http: values.http,
      jwtAlg: values['jwt-alg'],
      modules: commaList(values.modules),
      services: commaList(values.services),
      transport: values.transport,
      // --auth, --rate-limit: the yes/no options features bring, from their descriptors.
      ...Object.fromEntries(featureOptions().map(({ key, flag }) => [key, (values as Record<string, unknown>)[flag]])),
      preset: values.preset,
      packageManager: values['package-manager'],
      install: values.install,
      git: values.git,
    }),
    yes: values.yes ?? false,
    dryRun: values['dry-run'] ?? false,
    force: values.force ?? false,
    json: values.json ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
