import { readdir, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';

export interface GeneratedFile {
  /** Relative to the project root, `/`-separated. */
  path: string;
  size: number;
}

/** Every file under `root`, sorted by path. */
export async function listFiles(root: string, dir = ''): Promise<GeneratedFile[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry): Promise<GeneratedFile[]> => {
      const path = dir ? posix.join(dir, entry.name) : entry.name;
      if (entry.isDirectory()) return listFiles(root, path);
      return [{ path, size: (await stat(join(root, path))).size }];
    }),
  );
  return nested.flat().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
