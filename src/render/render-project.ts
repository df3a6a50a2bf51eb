import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import projectGenerator, { type ProjectGeneratorInput } from '../../generators/project/index.js';
import type { TemplateOverlay } from '../../generators/project/overlays.js';
import { createManifest, manifestFileName } from '../manifest/manifest-schema.js';
import type { ProjectOptions } from '../options/project-options.js';
import { packageName, packageVersion } from '../package-root.js';
import { listFiles, type GeneratedFile } from './list-files.js';
import { runGenerator } from './run-generator.js';

/**
 * Renders the project into `destination` (an empty directory) and writes its manifest.
 * `overlays` defaults to `projectOverlays(options)`.
 */
export async function renderProject(
  options: ProjectOptions,
  destination: string,
  overlays?: TemplateOverlay[],
): Promise<GeneratedFile[]> {
  const input: ProjectGeneratorInput = { options, destinationRoot: destination, overlays };
  await runGenerator(projectGenerator, 'project', input, destination);

  const manifest = createManifest(options, { name: packageName, version: packageVersion() });
  await writeFile(join(destination, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
  return listFiles(destination);
}
