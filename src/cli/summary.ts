import type { ProjectOptions } from '../options/project-options.js';
import { displayPath } from '../paths/display-path.js';
import type { GeneratedFile } from '../render/list-files.js';

/** The file plan of --dry-run: each path with its size, then a total. */
export function planLines(directory: string, files: GeneratedFile[]): string[] {
  const width = Math.max(0, ...files.map((file) => file.path.length)) + 2;
  const total = files.reduce((sum, file) => sum + file.size, 0);
  return [
    `Would create ${files.length} files in ${displayPath(directory)} (dry run, nothing written):`,
    ...files.map((file) => `  ${file.path.padEnd(width)}${String(file.size).padStart(8)} B`),
    `  ${'total'.padEnd(width)}${String(total).padStart(8)} B`,
  ];
}

export function nextSteps(options: ProjectOptions, installed: boolean): string[] {
  const dir = displayPath(options.directory);
  const pm = options.packageManager;
  return [
    ...(dir === '.' ? [] : [`cd ${/\s/.test(dir) ? JSON.stringify(dir) : dir}`]),
    ...(installed ? [] : [`${pm} install`]),
    `${pm} run dev`,
    'open http://localhost:3000/docs',
  ];
}
