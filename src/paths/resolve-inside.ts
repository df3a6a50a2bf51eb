import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Whether `path` is `root` itself or somewhere below it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** `root` joined with `path`, refusing anything that lands outside `root` or on `root` itself. */
export function resolveInside(root: string, path: string): string {
  const resolved = resolve(root, path);
  if (resolved === resolve(root) || !isInside(root, resolved)) {
    throw new Error(`refusing to write "${path}": it is outside ${root}`);
  }
  return resolved;
}
