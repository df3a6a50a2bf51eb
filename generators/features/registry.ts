import { join } from 'node:path';
import { templatesDir } from '../../src/package-root.js';
import { builtInFeatures } from './built-in.js';
import type { AppKind, FeatureDescriptor } from './feature-schema.js';
import { FeatureLoadError, type LoadedFeature, loadFeature } from './load-feature.js';

let builtIns: LoadedFeature[] | undefined;

/**
 * Every feature the generator knows: the built-in ones, then those of `extraFeatureDirs` (a preset's), which
 * render after them. Names are unique.
 */
export function loadFeatures(extraFeatureDirs: readonly string[] = []): LoadedFeature[] {
  builtIns ??= builtInFeatures.map((name) => loadFeature(join(templatesDir(), 'features', name)));
  const all = [...builtIns, ...extraFeatureDirs.map((dir) => loadFeature(dir))];
  const seen = new Set<string>();
  for (const feature of all) {
    if (seen.has(feature.descriptor.name)) {
      throw new FeatureLoadError(`${feature.dir}: a feature named "${feature.descriptor.name}" exists already`);
    }
    seen.add(feature.descriptor.name);
  }
  return all;
}

/** The yes/no options features bring (`--auth`, `--rate-limit`, ...), for flags, prompts and help. */
export type FeatureOption = NonNullable<FeatureDescriptor['option']>;

export function featureOptions(extraFeatureDirs: readonly string[] = []): FeatureOption[] {
  return loadFeatures(extraFeatureDirs).flatMap(({ descriptor }) => (descriptor.option ? [descriptor.option] : []));
}

type OptionValues = Readonly<Record<string, unknown>>;

function isOn(descriptor: FeatureDescriptor, options: OptionValues): boolean {
  const { option, when } = descriptor;
  if (option && (options[option.key] ?? option.default) !== true) return false;
  return Object.entries(when).every(([key, expected]) =>
    (Array.isArray(expected) ? expected : [expected]).includes(options[key] as never),
  );
}

/**
 * The features an app of `kind` takes, in render order: those whose option and conditions hold, with the
 * features they require (a feature marked `onlyWhenRequired` comes only that way).
 */
export function selectFeatures(all: readonly LoadedFeature[], kind: AppKind, options: OptionValues): LoadedFeature[] {
  const byName = new Map(all.map((feature) => [feature.descriptor.name, feature]));
  const takes = (feature: LoadedFeature) => feature.descriptor.apps[kind] !== undefined && isOn(feature.descriptor, options);
  const taken = new Set(all.filter((feature) => takes(feature) && !feature.descriptor.onlyWhenRequired));
  for (const feature of taken) {
    for (const name of feature.descriptor.requires) {
      const required = byName.get(name);
      // Needed where the required feature has files for this kind of app (auth's gateway part has no lists).
      if (required && required.descriptor.apps[kind] === undefined) continue;
      if (!required || !takes(required)) {
        throw new FeatureLoadError(`feature ${feature.descriptor.name} requires ${name}, which a ${kind} app cannot take here`);
      }
      // A Set iterates over what is added while iterating: requirements of requirements are taken too.
      taken.add(required);
    }
  }
  return all.filter((feature) => taken.has(feature));
}
