import { parseArgs, type ParseArgsConfig } from 'node:util';
import { featureOptions } from '../../generators/features/registry.js';
import { PresetError, UsageError } from '../errors.js';
import type { GivenOptions } from '../options/given-options.js';
import { projectOptionsObject } from '../options/project-options.js';

const options = {
  layout: { type: 'string' },
  http: { type: 'string' },
  'jwt-alg': { type: 'string' },
  modules: { type: 'string' },
  services: { type: 'string' },
  transport: { type: 'string' },
  preset: { type: 'string' },
  'trust-preset': { type: 'boolean' },
  'eject-templates': { type: 'string' },
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

type FlagValues = { [K in keyof typeof options]?: (typeof options)[K]['type'] extends 'boolean' ? boolean : string };


export interface CliArgs {
  directory?: string;
  given: GivenOptions;
  /** Run the preset's `postGenerate` commands. */
  trustPreset: boolean;
  /** `--eject-templates <dir>`: write a starter preset there instead of a project. */
  ejectTemplates?: string;
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

/** A preset feature's flag: `--<flag>` / `--no-<flag>` sets `key`. */
export interface FeatureFlag {
  key: string;
  flag: string;
}

/** The `--preset` value, read before the real parse: the preset's features add flags of their own. */
export function presetSpecIn(argv: string[]): string | undefined {
  const { values } = parseArgs({ args: argv, options, strict: false, allowPositionals: true, allowNegative: true });
  return typeof values.preset === 'string' ? values.preset : undefined;
}

/** The built-in flags, those of the built-in features (--auth, --rate-limit, from their descriptors) and the preset's. */
function withFeatureFlags(featureFlags: FeatureFlag[]): NonNullable<ParseArgsConfig['options']> {
  const builtInFeatures = featureOptions().map(({ flag }): [string, { type: 'boolean' }] => [flag, { type: 'boolean' }]);
  const all: NonNullable<ParseArgsConfig['options']> = { ...options, ...Object.fromEntries(builtInFeatures) };
  for (const { flag } of featureFlags) {
    if (Object.hasOwn(all, flag)) throw new PresetError(`the preset's feature flag --${flag} is already an option of create-backend-arch`);
    all[flag] = { type: 'boolean' };
  }
  return all;
}

export function parseCliArgs(argv: string[], featureFlags: FeatureFlag[] = []): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: withFeatureFlags(featureFlags), strict: true, allowPositionals: true, allowNegative: true });
  } catch (error) {
    throw usageErrorFrom(error as Error);
  }
  const { positionals } = parsed;
  // The preset's flags make the options dynamic: the values of the built-in ones keep their types.
  const values = parsed.values as FlagValues;
  const featureValues = parsed.values as Record<string, boolean>;
  const given = (flags: FeatureFlag[]) =>
    flags.filter(({ flag }) => Object.hasOwn(featureValues, flag)).map(({ key, flag }): [string, boolean] => [key, featureValues[flag]!]);
  // auth and rateLimit have their own options; any other built-in feature's value goes with the preset's features.
  const builtIn = given(featureOptions());
  const ownOption = ([key]: [string, boolean]) => Object.hasOwn(projectOptionsObject.shape, key);
  const features = Object.fromEntries([...builtIn.filter((entry) => !ownOption(entry)), ...given(featureFlags)]);
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
      ...Object.fromEntries(builtIn.filter(ownOption)),
      preset: values.preset,
      features: featureFlags.length > 0 || Object.keys(features).length > 0 ? features : undefined,
      packageManager: values['package-manager'],
      install: values.install,
      git: values.git,
    }),
    trustPreset: values['trust-preset'] ?? false,
    ejectTemplates: values['eject-templates'],
    yes: values.yes ?? false,
    dryRun: values['dry-run'] ?? false,
    force: values.force ?? false,
    json: values.json ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
