import { createHash } from 'node:crypto';
import { lstat, readFile, readdir, readlink, realpath } from 'node:fs/promises';
import { dirname, join, posix, resolve } from 'node:path';
import { PresetError } from '../errors.js';
import { isInside } from '../paths/resolve-inside.js';

const ignored = new Set(['node_modules', '.git']);

/** Every file under `dir` (relative, `/`-separated, sorted); symlinks are refused, naming `label`. */
export async function presetTreeFiles(dir: string, label: string, relativeDir = ''): Promise<string[]> {
  const entries = await readdir(join(dir, relativeDir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry): Promise<string[]> => {
      const path = relativeDir ? posix.join(relativeDir, entry.name) : entry.name;
      if (entry.isSymbolicLink()) {
        const target = resolve(dirname(join(dir, path)), await readlink(join(dir, path)));
        const where = isInside(dir, target) ? 'a symlink' : 'a symlink out of the tree';
        throw new PresetError(`${label}/${path}: ${where} (${target}); a preset's templates must be plain files`);
      }
      if (entry.isDirectory()) return ignored.has(entry.name) ? [] : presetTreeFiles(dir, label, path);
      return entry.isFile() ? [path] : [];
    }),
  );
  return nested.flat().sort();
}

/** `root/path` when it exists inside `root` (symlinks resolved), else a PresetError naming the field. */
export async function presetPath(root: string, path: string, field: string, file: string): Promise<string> {
  const full = join(root, path);
  const info = await lstat(full).catch(() => undefined);
  if (!info) throw new PresetError(`${file}: ${field}: ${path} does not exist in the preset`);
  if (!isInside(await realpath(root), await realpath(full))) {
    throw new PresetError(`${file}: ${field}: ${path} leads out of the preset`);
  }
  return full;
}

/** A hash of every file of the preset (paths and contents), as the manifest records it. */
export async function presetContentHash(root: string, label: string): Promise<string> {
  const hash = createHash('sha256');
  for (const path of await presetTreeFiles(root, label)) {
    hash.update(`${path}\0`);
    hash.update(await readFile(join(root, path)));
    hash.update('\0');
  }
  return `sha256-${hash.digest('base64url')}`;
}
