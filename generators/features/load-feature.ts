import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { dependencyVersions } from '../../src/options/dependency-versions.js';
import { type FeatureDescriptor, featureSchema } from './feature-schema.js';

export const descriptorFileName = 'feature.json';

/** A validated feature folder: its descriptor, where its template tree is and its README section if any. */
export interface LoadedFeature {
  descriptor: FeatureDescriptor;
  dir: string;
  /** `files/`, laid out like a monolith's root. */
  filesDir: string;
  /** `README.md.hbs`, the feature's section of the project README. */
  readme?: string;
}

export class FeatureLoadError extends Error {
  override name = 'FeatureLoadError';
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
}

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  return `${fieldPath(issue.path)}: ${issue.message}`;
}

/** Problems the schema cannot see: names it shares with its folder and with the version map. */
function consistencyProblem(descriptor: FeatureDescriptor, dir: string): string | undefined {
  if (descriptor.name !== basename(dir)) return `name: "${descriptor.name}" is not the folder's name "${basename(dir)}"`;
  for (const field of ['dependencies', 'devDependencies'] as const) {
    const index = descriptor[field].findIndex((entry) => !entry.slice(1).includes('@') && !(entry in dependencyVersions));
    if (index !== -1) return `${field}[${index}]: "${descriptor[field][index]}" has no version in the generator's map; write name@range`;
  }
  return undefined;
}

/** Reads and validates `<dir>/feature.json`; every problem is one line `<file>: <field>: <problem>`. */
export function loadFeature(dir: string): LoadedFeature {
  const file = join(dir, descriptorFileName);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found' : (error as Error).message.split('\n')[0];
    throw new FeatureLoadError(`${file}: ${reason}`);
  }
  const parsed = featureSchema.safeParse(json);
  if (!parsed.success) throw new FeatureLoadError(`${file}: ${firstProblem(parsed.error)}`);
  const problem = consistencyProblem(parsed.data, dir);
  if (problem) throw new FeatureLoadError(`${file}: ${problem}`);
  const readme = join(dir, 'README.md.hbs');
  return { descriptor: parsed.data, dir, filesDir: join(dir, 'files'), readme: existsSync(readme) ? readme : undefined };
}
