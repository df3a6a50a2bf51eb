import { isDeepStrictEqual } from 'node:util';
import type { GivenOptions } from '../options/given-options.js';
import { UsageError } from '../errors.js';
import { optionDefaults } from '../options/choices.js';
import type { ResolvedPreset } from './load-preset.js';
import type { PresetOptionKey } from './preset-schema.js';

const flagOf: Record<PresetOptionKey, string> = {
  layout: '--layout',
  http: '--http',
  jwtAlg: '--jwt-alg',
  modules: '--modules',
  services: '--services',
  transport: '--transport',
  auth: '--auth',
  rateLimit: '--rate-limit',
  packageManager: '--package-manager',
  install: '--install',
  git: '--git',
};

/** What the preset makes of the user's flags: flags first, locked values in place, the preset's defaults below. */
export interface PresetChoices {
  /** The flags, plus every locked value (so nothing locked is prompted for). */
  given: GivenOptions;
  /** The preset's option defaults: preselected in prompts, used as they are without them. */
  defaults: GivenOptions;
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return value.join(',') || '(none)';
  return String(value);
}

function lockedValue(preset: ResolvedPreset, key: string): unknown {
  if (key in preset.defaults) return preset.defaults[key as PresetOptionKey];
  if (key in preset.featureDefaults) return preset.featureDefaults[key];
  const feature = preset.featureOptions.find((option) => option.key === key);
  if (feature) return feature.default;
  return (optionDefaults as Record<string, unknown>)[key];
}

/** Applies the preset's `locked` and `defaults` to the flags; a flag contradicting a locked value is a UsageError. */
export function applyPreset(preset: ResolvedPreset, flags: GivenOptions): PresetChoices {
  const given: GivenOptions = { ...flags, features: { ...flags.features } };
  for (const key of preset.locked) {
    const value = lockedValue(preset, key);
    const feature = preset.featureOptions.find((option) => option.key === key);
    const flagValue = feature ? flags.features?.[key] : flags[key as PresetOptionKey];
    if (flagValue !== undefined && !isDeepStrictEqual(flagValue, value)) {
      const flag = feature ? `--${flagValue ? '' : 'no-'}${feature.flag}` : `${flagOf[key as PresetOptionKey]} ${shown(flagValue)}`;
      throw new UsageError(`${flag}: the preset ${preset.name} locks ${key} to ${shown(value)}`);
    }
    if (value === undefined) continue;
    if (feature) given.features![key] = value as boolean;
    else Object.assign(given, { [key]: value });
  }
  const features = Object.fromEntries(
    preset.featureOptions.map(({ key, default: fallback }) => [key, preset.featureDefaults[key] ?? fallback]),
  );
  return { given, defaults: { ...(preset.defaults as GivenOptions), features } };
}
