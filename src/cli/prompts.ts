import { basename, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { confirm, isCancel, log, select, text } from '@clack/prompts';
import { CancelledError, UsageError } from '../errors.js';
import { featureOptions as builtInFeatureOptions, type FeatureOption as BuiltInFeatureOption } from '../../generators/features/registry.js';
import { availability, type Feature } from '../options/availability.js';
import { availableTransports, httpAdapters, optionDefaults, packageManagers } from '../options/choices.js';
import { projectNameProblem } from '../options/package-name.js';
import { projectOptionsObject } from '../options/project-options.js';
import type { FeatureOption } from '../preset/preset-features.js';
import type { GivenOptions } from '../options/given-options.js';
import { checkTarget } from '../write/target.js';
import { commaList, jwtAlgorithmChoices, layoutChoices, nameListKind, nameListProblem } from './prompt-choices.js';

/** Where the prompts read keys and draw (the terminal, or fake streams in tests). */
export interface PromptStreams {
  input?: Readable;
  output: Writable;
}

/** The built-in features' yes/no options (`--auth`, `--rate-limit`) that are available today. */
function availableFeatureOptions(): BuiltInFeatureOption[] {
  return builtInFeatureOptions().filter((option) => availability.features[option.key as Feature] ?? true);
}

function answered<T>(answer: T): Exclude<T, symbol> {
  if (isCancel(answer)) throw new CancelledError();
  return answer as Exclude<T, symbol>;
}

/** Asks until the directory names a valid project and is a target the final check accepts (empty, or `--force`). */
export async function promptDirectory(streams: PromptStreams, force = false): Promise<string> {
  let initialValue: string | undefined;
  for (;;) {
    const directory = answered(
      await text({
        message: 'Project directory',
        placeholder: optionDefaults.directory,
        defaultValue: optionDefaults.directory,
        initialValue,
        validate: (value) => projectNameProblem(basename(resolve(value || optionDefaults.directory))),
        ...streams,
      }),
    );
    try {
      await checkTarget(resolve(directory), force);
      return directory;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      log.error(error.message, { output: streams.output });
      initialValue = directory;
    }
  }
}

/** What `promptMissing` needs besides the given options. */
export interface PromptContext {
  /** A preset's defaults, preselected instead of the built-in ones. */
  defaults?: GivenOptions;
  /** A preset's own features, asked last. */
  featureOptions?: FeatureOption[];
  /** The package manager that launched us; the package manager is asked only without one. */
  detectedPackageManager?: string;
}

/**
 * Asks for every option the user did not give, in the order of the help, then for a preset's features: only the
 * questions of the chosen layout, and only choices the options check accepts.
 */
export async function promptMissing(
  given: GivenOptions,
  streams: PromptStreams,
  { defaults = {}, featureOptions = [], detectedPackageManager }: PromptContext = {},
): Promise<GivenOptions> {
  const answers: GivenOptions = { ...given };
  const initial = { ...optionDefaults, ...defaults };
  answers.layout ??= answered(
    await select({ message: 'Layout', options: layoutChoices(given), initialValue: initial.layout, ...streams }),
  );
  const layout = answers.layout;
  answers.http ??= answered(
    await select({
      message: 'HTTP adapter',
      options: httpAdapters.map((adapter) => ({ value: adapter })),
      initialValue: initial.http,
      ...streams,
    }),
  );
  const kind = nameListKind(layout);
  const listKey = kind === 'module' ? 'modules' : 'services';
  if (kind && answers[listKey] === undefined) {
    const initialNames = defaults[listKey] ?? (kind === 'service' ? optionDefaults.services : []);
    const names = answered(
      await text({
        message: kind === 'module' ? 'Modules (comma-separated, empty for none)' : 'Services (comma-separated)',
        placeholder: kind === 'module' ? 'orders, invoices' : optionDefaults.services.join(', '),
        initialValue: initialNames.join(', '),
        validate: (value) => nameListProblem(value, kind),
        ...streams,
      }),
    );
    answers[listKey] = commaList(names);
  }
  if (layout === 'microservices' && availability.features.transport) {
    answers.transport ??= answered(
      await select({
        message: 'Transport',
        options: availableTransports().map((transport) => ({ value: transport })),
        initialValue: initial.transport,
        ...streams,
      }),
    );
  }
  // Microservices need auth: their identity service owns users and tokens.
  if (layout === 'microservices') answers.auth ??= true;
  // The yes/no options of the built-in features, as their descriptors ask them: auth and rate limiting are options of
  // their own, any other goes with the preset's features.
  const initialValues = initial as Record<string, unknown>;
  for (const option of availableFeatureOptions()) {
    const values = (Object.hasOwn(projectOptionsObject.shape, option.key) ? answers : (answers.features ??= {})) as Record<string, unknown>;
    if (!option.prompt || values[option.key] !== undefined) continue;
    const initialValue = typeof initialValues[option.key] === 'boolean' ? (initialValues[option.key] as boolean) : option.default;
    values[option.key] = answered(await confirm({ message: option.prompt, initialValue, ...streams }));
  }
  if (answers.auth !== false && answers.jwtAlg === undefined) {
    const choices = jwtAlgorithmChoices(layout);
    const preferred = defaults.jwtAlg ?? (layout === 'microservices' ? optionDefaults.microservicesJwtAlg : optionDefaults.jwtAlg);
    answers.jwtAlg = answered(
      await select({
        message: 'JWT signing algorithm',
        options: choices,
        initialValue: choices.some((choice) => choice.value === preferred) ? preferred : choices[0]!.value,
        ...streams,
      }),
    );
  }
  if (answers.packageManager === undefined && detectedPackageManager === undefined) {
    answers.packageManager = answered(
      await select({
        message: 'Package manager',
        options: packageManagers.map((pm) => ({ value: pm })),
        initialValue: initial.packageManager,
        ...streams,
      }),
    );
  }
  answers.install ??= answered(
    await confirm({ message: 'Install dependencies?', initialValue: initial.install, ...streams }),
  );
  answers.git ??= answered(
    await confirm({ message: 'Create a git repository?', initialValue: initial.git, ...streams }),
  );
  for (const feature of featureOptions) {
    answers.features ??= {};
    answers.features[feature.key] ??= answered(
      await confirm({ message: feature.prompt, initialValue: defaults.features?.[feature.key] ?? feature.default, ...streams }),
    );
  }
  return answers;
}
