import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FeatureLoadError, loadFeature } from '../../generators/features/load-feature.js';
import { PresetError } from '../errors.js';

/** A preset feature's on/off option: `--<flag>` / `--no-<flag>`, a yes/no prompt, and its value when neither says. */
export interface FeatureOption {
  key: string;
  flag: string;
  prompt: string;
  /** The line `--help` shows. */
  help: string;
  default: boolean;
  /** The preset that brings the feature, for messages. */
  preset: string;
}

export interface PresetFeature {
  name: string;
  dir: string;
  option?: FeatureOption;
}

export const featureDescriptorFile = 'feature.json';

/** Validated by the schema of the built-in features; a preset's problems are named by the preset's own paths. */
function readFeature(dir: string, label: string, preset: string): PresetFeature {
  const where = `${label}/${featureDescriptorFile}`;
  let descriptor;
  try {
    ({ descriptor } = loadFeature(dir));
  } catch (error) {
    if (!(error instanceof FeatureLoadError)) throw error;
    throw new PresetError(error.message.replace(join(dir, featureDescriptorFile), where).replaceAll(dir, label));
  }
  const { name, option } = descriptor;
  if (!option) return { name, dir };
  const { key, flag, prompt, help, default: on } = option;
  if (!prompt) throw new PresetError(`${where}: option.prompt: a preset feature's option needs a prompt`);
  return { name, dir, option: { key, flag, prompt, help, default: on, preset } };
}

/** The feature folders of a preset's `features` directory, by name; `label` names it in messages. */
export async function readPresetFeatures(featuresDir: string, label: string, preset: string): Promise<PresetFeature[]> {
  const entries = await readdir(featuresDir, { withFileTypes: true }).catch(() => {
    throw new PresetError(`${label}: features: not a directory`);
  });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return folders.map((folder) => readFeature(join(featuresDir, folder), `${label}/${folder}`, preset));
}
