import { relative } from 'node:path';
import { isInside } from './resolve-inside.js';

/** A path as the user would type it from the current directory. */
export function displayPath(path: string, cwd = process.cwd()): string {
  if (!isInside(cwd, path)) return path;
  return relative(cwd, path) || '.';
}
