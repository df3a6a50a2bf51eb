import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { PresetError } from '../errors.js';

/** A preset feature's on/off option: `--<flag>` / `--no-<flag>`, a yes/no prompt, and its value when neither says. */
export interface FeatureOption {
  key: string;
  flag: string;
  prompt: string;
  default: boolean;
  /** The preset that brings the feature, for messages. */
  preset: string;
}

export interface PresetFeature {
  name: string;
  dir: string;
  option?: FeatureOption;
}

// Only what the CLI needs of a feature's descriptor; the feature registry reads the rest.
const featureOptionSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'option.key must be a camelCase identifier'),
  flag: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'option.flag must be kebab-case'),
  prompt: z.string().min(1),
  default: z.boolean(),
});
const descriptorSchema = z.object({ name: z.string().min(1), option: featureOptionSchema.optional() });

export const featureDescriptorFile = 'feature.json';

async function readFeature(dir: string, label: string, preset: string): Promise<PresetFeature> {
  const file = join(dir, featureDescriptorFile);
  const where = `${label}/${featureDescriptorFile}`;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PresetError(`${where}: ${code === 'ENOENT' ? 'missing' : `not valid JSON: ${(error as Error).message}`}`);
  }
  const result = descriptorSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new PresetError(`${where}: ${issue.path.join('.') || 'descriptor'}: ${issue.message}`);
  }
  const { name, option } = result.data;
  return { name, dir, ...(option ? { option: { ...option, preset } } : {}) };
}

/** The feature folders of a preset's `features` directory, by name; `label` names it in messages. */
export async function readPresetFeatures(featuresDir: string, label: string, preset: string): Promise<PresetFeature[]> {
  const entries = await readdir(featuresDir, { withFileTypes: true }).catch(() => {
    throw new PresetError(`${label}: features: not a directory`);
  });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(folders.map((folder) => readFeature(join(featuresDir, folder), `${label}/${folder}`, preset)));
}
