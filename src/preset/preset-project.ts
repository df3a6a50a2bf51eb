import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix } from 'node:path';
import type { PresetRender } from '../../generators/project/index.js';
import type { Layout } from '../options/choices.js';
import type { ResolvedPreset } from './load-preset.js';

/** Where a generated project keeps the `generators` modules of its presets, one folder a preset. */
export const presetGeneratorsDir = 'plop-generators';

function slug(name: string): string {
  return name.replace(/^@/, '').replace(/[^a-zA-Z0-9._-]+/g, '-');
}

/** The generators module of each preset of the chain: its folder in the preset, and where the project gets it. */
function generatorCopies(preset: ResolvedPreset) {
  return preset.generators.map(({ preset: name, module }) => {
    const folder = posix.join(presetGeneratorsDir, slug(name));
    return { preset: name, source: dirname(module), modulePath: `./${posix.join(folder, basename(module))}`, folder };
  });
}

/** What the project generator needs of a preset. */
export function presetRender(preset: ResolvedPreset, layout: Layout): PresetRender {
  return {
    templateDirs: preset.templateDirs,
    featureDirs: preset.featureDirs,
    // A microservices workspace has no plopfile: its generators are `npm run gen -- service`.
    generators:
      layout === 'microservices' ? [] : generatorCopies(preset).map(({ preset: name, modulePath }) => ({ preset: name, modulePath })),
  };
}

/** Copies each preset's generators folder into the project, where its plopfile imports it from. */
export async function copyPresetGenerators(preset: ResolvedPreset, destination: string, layout: Layout): Promise<void> {
  if (layout === 'microservices') return;
  for (const { source, folder } of generatorCopies(preset)) {
    await cp(source, join(destination, folder), {
      recursive: true,
      filter: (path) => !['node_modules', '.git'].includes(basename(path)),
    });
  }
}

function sorted(entries: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(entries).sort(([left], [right]) => left.localeCompare(right)));
}

/** The package manifests the preset's dependencies go into: the project's, or each app's in a workspace. */
async function packageManifests(destination: string, layout: Layout): Promise<string[]> {
  if (layout !== 'microservices') return ['package.json'];
  const apps = await readdir(join(destination, 'apps'));
  return apps.sort().map((app) => posix.join('apps', app, 'package.json'));
}

/** Adds the preset's `dependencies` (pinned as given, replacing a built-in range) to the generated package.json files. */
export async function mergePresetDependencies(preset: ResolvedPreset, destination: string, layout: Layout): Promise<void> {
  const { dependencies, devDependencies } = preset.dependencies;
  if (Object.keys(dependencies).length === 0 && Object.keys(devDependencies).length === 0) return;
  for (const path of await packageManifests(destination, layout)) {
    const file = join(destination, path);
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    manifest.dependencies = sorted({ ...(manifest.dependencies as Record<string, string>), ...dependencies });
    manifest.devDependencies = sorted({ ...(manifest.devDependencies as Record<string, string>), ...devDependencies });
    await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}
