import { cp, mkdir, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { suggestPackageName } from '../options/package-name.js';
import { templatesDir } from '../package-root.js';
import { presetTreeFiles } from './preset-files.js';
import { presetFileName } from './preset-schema.js';

// Read by `npm run gen -- module` from the installed create-backend-arch, never from a preset.
const notProjectTemplates = new Set(['module', 'module-support']);

/** The starter manifest of an ejected preset: the ejected tree as its templates, nothing else changed. */
function starterManifest(name: string) {
  return { name, version: '0.1.0', templates: 'templates' };
}

/**
 * Writes the built-in templates (feature folders included) and a starter `backend-arch.preset.json`
 * into `dir`, as the start of a team preset; returns the paths written, relative to `dir`.
 */
export async function ejectTemplates(dir: string): Promise<string[]> {
  const source = templatesDir();
  const target = join(dir, 'templates');
  await mkdir(target, { recursive: true });
  await cp(source, target, {
    recursive: true,
    filter: (path) => !notProjectTemplates.has(relative(source, path)),
  });
  const name = suggestPackageName(basename(dir)) ?? 'backend-preset';
  const manifest = starterManifest(name);
  // `npm pack` of the folder makes the tarball `--preset` takes.
  const packageJson = { name, version: manifest.version, files: [presetFileName, 'templates'] };
  await writeFile(join(dir, presetFileName), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
  const templates = await presetTreeFiles(target, 'templates');
  return [presetFileName, 'package.json', ...templates.map((path) => `templates/${path}`)];
}
