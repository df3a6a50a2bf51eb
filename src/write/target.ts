import { readdir, stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { displayPath } from '../paths/display-path.js';

export type TargetState = 'missing' | 'empty' | 'non-empty';

async function entriesOf(dir: string): Promise<string[] | undefined> {
  try {
    if (!(await stat(dir)).isDirectory()) {
      throw new UsageError(`${displayPath(dir)} exists and is not a directory`);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw new UsageError(`${displayPath(dir)}: a parent of it is not a directory`);
    throw error;
  }
  return (await readdir(dir)).sort();
}

/** Checks the target before anything is rendered: a non-empty directory needs `--force`. */
export async function checkTarget(dir: string, force: boolean): Promise<TargetState> {
  const entries = await entriesOf(dir);
  if (!entries) return 'missing';
  if (entries.length === 0) return 'empty';
  if (!force) {
    const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
    throw new UsageError(
      `target directory ${displayPath(dir)} is not empty (contains ${shown}); use --force to write into it`,
    );
  }
  return 'non-empty';
}
