import { basename, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { confirm, isCancel, select, text } from '@clack/prompts';
import { CancelledError } from '../errors.js';
import { availability, availableFeatureOptions } from '../options/availability.js';
import { httpAdapters, layouts, optionDefaults } from '../options/choices.js';
import { projectNameProblem } from '../options/package-name.js';
import type { GivenOptions } from './args.js';

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

/** Asks for every option the user did not give, in the order of the help. */
export async function promptMissing(given: GivenOptions, output: Writable): Promise<GivenOptions> {
  const answers: GivenOptions = { ...given };
  answers.layout ??= answered(
    await select({
      message: 'Layout',
      options: layouts.map((layout) => ({
        value: layout,
        disabled: !availability.layouts[layout],
        hint: availability.layouts[layout] ? undefined : 'not available yet',
      })),
      initialValue: optionDefaults.layout,
      output,
    }),
  );
  answers.http ??= answered(
    await select({
      message: 'HTTP adapter',
      options: httpAdapters.map((adapter) => ({ value: adapter })),
      initialValue: optionDefaults.http,
      output,
    }),
  );
  // The yes/no options of features (auth, rate limiting), as their descriptors ask them.
  const features = answers as Record<string, unknown>;
  for (const option of availableFeatureOptions()) {
    if (!option.prompt || features[option.key] !== undefined) continue;
    features[option.key] = answered(await confirm({ message: option.prompt, initialValue: option.default, output }));
  }
  answers.install ??= answered(
    await confirm({ message: 'Install dependencies?', initialValue: optionDefaults.install, output }),
  );
  answers.git ??= answered(
    await confirm({ message: 'Create a git repository?', initialValue: optionDefaults.git, output }),
  );
  return answers;
}
