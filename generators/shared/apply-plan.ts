import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A file the generator writes: `before` is undefined for a new file. */
export interface FileChange {
  path: string;
  before?: string;
  after: string;
}

/** Writes every change, or none: on a failure the files written so far are restored or removed. */
export async function applyChanges(root: string, changes: FileChange[]): Promise<void> {
  const done: FileChange[] = [];
  try {
    for (const change of changes) {
      const target = join(root, change.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, change.after);
      done.push(change);
    }
  } catch (error) {
    for (const change of done.reverse()) {
      const target = join(root, change.path);
      if (change.before === undefined) await rm(target, { force: true });
      else await writeFile(target, change.before);
    }
    throw error;
  }
}
