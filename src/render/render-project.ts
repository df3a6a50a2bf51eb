import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import projectGenerator, { type ProjectGeneratorInput } from '../../generators/project/index.js';
import type { TemplateOverlay } from '../../generators/project/overlays.js';
import { createManifest, manifestFileName } from '../manifest/manifest-schema.js';
import type { ProjectOptions } from '../options/project-options.js';
import { packageName, packageVersion } from '../package-root.js';
import type { ResolvedPreset } from '../preset/load-preset.js';
import { listFiles, type GeneratedFile } from './list-files.js';
import { runGenerator } from './run-generator.js';

export interface RenderContext {
  /** Replaces the project plan: these trees only. */
  overlays?: TemplateOverlay[];
  /** A team preset: its templates, generators and dependencies, recorded in the manifest. */
  preset?: ResolvedPreset;
}

/** Renders the project into `destination` (an empty directory) and writes its manifest. */
export async function renderProject(
  options: ProjectOptions,
  destination: string,
  { overlays, preset }: RenderContext = {},
): Promise<GeneratedFile[]> {
  // Loaded only with a preset: without one, nothing of src/preset/ is read.
  const presetProject = preset ? await import('../preset/preset-project.js') : undefined;
  const input: ProjectGeneratorInput = {
    options,
    destinationRoot: destination,
    overlays,
    preset: preset && presetProject?.presetRender(preset, options.layout),
  };
  await runGenerator(projectGenerator, 'project', input, destination);
  if (preset && presetProject) {
    await presetProject.copyPresetGenerators(preset, destination, options.layout);
    await presetProject.mergePresetDependencies(preset, destination, options.layout);
  }

  const manifest = createManifest(options, { name: packageName, version: packageVersion() }, preset);
  await writeFile(join(destination, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
  return listFiles(destination);
}
