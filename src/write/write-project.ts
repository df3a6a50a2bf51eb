import type { TemplateOverlay } from '../../generators/project/overlays.js';
import type { ProjectOptions } from '../options/project-options.js';
import type { ResolvedPreset } from '../preset/load-preset.js';
import type { GeneratedFile } from '../render/list-files.js';
import { renderProject } from '../render/render-project.js';
import { moveIntoPlace } from './move-into-place.js';
import { createStaging } from './staging.js';

export interface WriteProjectOptions {
  signal?: AbortSignal;
  /** Defaults to `projectOverlays(options)`. */
  overlays?: TemplateOverlay[];
  preset?: ResolvedPreset;
}

/** Renders the project next to its target, then moves it into place: all or nothing. */
export async function writeProject(
  options: ProjectOptions,
  { signal, overlays, preset }: WriteProjectOptions = {},
): Promise<GeneratedFile[]> {
  const staging = await createStaging(options.directory);
  try {
    const files = await renderProject(options, staging.dir, { overlays, preset });
    signal?.throwIfAborted();
    await moveIntoPlace(staging.dir, options.directory, files.map((file) => file.path), signal);
    await staging.cleanUp();
    return files;
  } catch (error) {
    await staging.discard();
    throw error;
  }
}
