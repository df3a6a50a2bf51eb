import { basename, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { confirm, isCancel, select, text } from '@clack/prompts';
import { CancelledError } from '../errors.js';
import { featureOptions as builtInFeatureOptions, type FeatureOption as BuiltInFeatureOption } from '../../generators/features/registry.js';
import { availability, type Feature } from '../options/availability.js';
import { httpAdapters, layouts, optionDefaults } from '../options/choices.js';
import { projectNameProblem } from '../options/package-name.js';
import { projectOptionsObject } from '../options/project-options.js';
import type { FeatureOption } from '../preset/preset-features.js';
import type { GivenOptions } from '../options/given-options.js';

/** The built-in features' yes/no options (`--auth`, `--rate-limit`) that are available today. */
function availableFeatureOptions(): BuiltInFeatureOption[] {
  return builtInFeatureOptions().filter((option) => availability.features[option.key as Feature] ?? true);
}

function answered<T>(answer: T): Exclude<T, symbol> {
  if (isCancel(answer)) throw new CancelledError();
  return answer as Exclude<T, symbol>;
}

export async function promptDirectory(output: Writable): Promise<string> {
  return answered(
    await text({
      message: 'Project directory',
      placeholder: optionDefaults.directory,
      defaultValue: optionDefaults.directory,
      validate: (value) => projectNameProblem(basename(resolve(value || optionDefaults.directory))),
      output,
    }),
  );
}

/**
 * Asks for every option the user did not give, in the order of the help, then for a preset's features;
 * `defaults` (a preset's) are preselected instead of the built-in ones.
 */
export async function promptMissing(
  given: GivenOptions,
  output: Writable,
  defaults: GivenOptions = {},
  featureOptions: FeatureOption[] = [],
): Promise<GivenOptions> {
  const answers: GivenOptions = { ...given };
  const initial = { ...optionDefaults, ...defaults };
  answers.layout ??= answered(
    await select({
      message: 'Layout',
      options: layouts.map((layout) => ({
        value: layout,
        disabled: !availability.layouts[layout],
        hint: availability.layouts[layout] ? undefined : 'not available yet',
      })),
      initialValue: initial.layout,
      output,
    }),
  );
  answers.http ??= answered(
    await select({
      message: 'HTTP adapter',
      options: httpAdapters.map((adapter) => ({ value: adapter })),
      initialValue: initial.http,
      output,
    }),
  );
  // The yes/no options of the built-in features, as their descriptors ask them: auth and rate limiting are options of
  // their own, any other goes with the preset's features.
  const initialValues = initial as Record<string, unknown>;
  for (const option of availableFeatureOptions()) {
    const values = (Object.hasOwn(projectOptionsObject.shape, option.key) ? answers : (answers.features ??= {})) as Record<string, unknown>;
    if (!option.prompt || values[option.key] !== undefined) continue;
    const initialValue = typeof initialValues[option.key] === 'boolean' ? (initialValues[option.key] as boolean) : option.default;
    values[option.key] = answered(await confirm({ message: option.prompt, initialValue, output }));
  }
  answers.install ??= answered(
    await confirm({ message: 'Install dependencies?', initialValue: initial.install, output }),
  );
  answers.git ??= answered(
    await confirm({ message: 'Create a git repository?', initialValue: initial.git, output }),
  );
  for (const feature of featureOptions) {
    answers.features ??= {};
    answers.features[feature.key] ??= answered(
      await confirm({ message: feature.prompt, initialValue: defaults.features?.[feature.key] ?? feature.default, output }),
    );
  }
  return answers;
}
