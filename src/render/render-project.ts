import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodePlop from 'node-plop';
import projectGenerator, { type ProjectGeneratorInput } from '../../generators/project/index.js';
import type { TemplateOverlay } from '../../generators/project/overlays.js';
import { createManifest, manifestFileName } from '../manifest/manifest-schema.js';
import type { ProjectOptions } from '../options/project-options.js';
import { packageName, packageVersion } from '../package-root.js';
import { listFiles, type GeneratedFile } from './list-files.js';

/**
 * Renders the project into `destination` (an empty directory) and writes its manifest.
 * `overlays` defaults to `projectOverlays(options)`.
 */
export async function renderProject(
  options: ProjectOptions,
  destination: string,
  overlays?: TemplateOverlay[],
): Promise<GeneratedFile[]> {
  // No plopfile: every template path is absolute (from packageRoot()), never relative to the cwd.
  const plop = await nodePlop('', { force: false, destBasePath: destination });
  projectGenerator(plop);
  const input: ProjectGeneratorInput = { options, destinationRoot: destination, overlays };
  // runActions resolves even when actions fail; the first failure is the cause, the rest say "Aborted".
  const { failures } = await plop.getGenerator('project').runActions(input);
  const [failure] = failures;
  if (failure) throw new Error(failure.error || `action ${failure.type} failed`);

  const manifest = createManifest(options, { name: packageName, version: packageVersion() });
  await writeFile(join(destination, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
  return listFiles(destination);
}
