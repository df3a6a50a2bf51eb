import { basename, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { optionDefaults } from '../options/choices.js';
import {
  firstIssueMessage,
  projectOptionsObject,
  projectOptionsSchema,
  type ProjectOptions,
} from '../options/project-options.js';
import type { FeatureOption } from '../preset/preset-features.js';
import type { GivenOptions } from '../options/given-options.js';
import type { CliArgs } from './args.js';
import { detectPackageManager } from './detect-package-manager.js';

const missingDirectoryMessage =
  `missing <directory>; usage: create-backend-arch <directory> [options] (--yes uses "${optionDefaults.directory}", --help lists options)`;

function check<T>(result: { success: true; data: T } | { success: false; error: Parameters<typeof firstIssueMessage>[0] }): T {
  if (!result.success) throw new UsageError(firstIssueMessage(result.error));
  return result.data;
}

function canPrompt(args: CliArgs): boolean {
  return !args.yes && Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

/** What a preset changes in how options are resolved (see src/preset/apply-preset.ts). */
export interface PresetInput {
  /** The flags with the preset's locked values in place. */
  given: GivenOptions;
  /** The preset's defaults, replacing the built-in ones. */
  defaults: GivenOptions;
  featureOptions: FeatureOption[];
}

/** A preset's default modules apply to the modular layout only, its services to microservices only. */
function forLayout({ modules, services, ...defaults }: GivenOptions, layout: string | undefined): GivenOptions {
  return {
    ...defaults,
    ...(layout === 'modular' && modules ? { modules } : {}),
    ...(layout === 'microservices' && services ? { services } : {}),
  };
}

/** Flags + prompts (only in a terminal) + the preset's defaults + built-in defaults -> validated options. */
export async function resolveOptions(
  args: CliArgs,
  env: NodeJS.ProcessEnv = process.env,
  preset?: PresetInput,
): Promise<ProjectOptions> {
  // Bad flags fail before any prompt.
  check(projectOptionsObject.omit({ name: true, directory: true }).safeParse(args.given));
  const interactive = canPrompt(args);
  const streams = { output: args.json ? process.stderr : process.stdout };
  const prompts = interactive ? await import('./prompts.js') : undefined;

  let directory = args.directory;
  if (directory === undefined) {
    if (args.yes) directory = optionDefaults.directory;
    else if (prompts) directory = await prompts.promptDirectory(streams, args.force);
    else throw new UsageError(missingDirectoryMessage);
  }
  const target = resolve(directory);
  const defaults = preset?.defaults ?? {};
  const given: GivenOptions = preset?.given ?? args.given;
  const detectedPackageManager = detectPackageManager(env.npm_config_user_agent);
  const answers = prompts
    ? await prompts.promptMissing(given, streams, { defaults, featureOptions: preset?.featureOptions, detectedPackageManager })
    : given;
  const features = preset || answers.features ? { ...defaults.features, ...answers.features } : undefined;
  return check(
    projectOptionsSchema.safeParse({
      packageManager: detectedPackageManager,
      ...forLayout(defaults, answers.layout ?? defaults.layout),
      ...answers,
      ...(features ? { features } : {}),
      name: basename(target),
      directory: target,
    }),
  );
}
