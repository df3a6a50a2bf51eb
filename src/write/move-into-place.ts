import { lstat, mkdir, mkdtemp, realpath, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isInside, resolveInside } from '../paths/resolve-inside.js';

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

async function isDirectory(path: string): Promise<boolean> {
  return lstat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

interface Moved {
  destination: string;
  backup?: string;
}

/**
 * Moves staged files into an existing directory one by one. Overwritten files are set aside
 * first, so a failure can put the directory back exactly as it was.
 */
async function moveFiles(staging: string, target: string, files: string[], signal?: AbortSignal) {
  const realTarget = await realpath(target);
  const backupDir = await mkdtemp(`${staging}-backup-`);
  const moved: Moved[] = [];
  const createdDirs: string[] = [];
  try {
    for (const file of files) {
      signal?.throwIfAborted();
      const destination = resolveInside(target, file);
      const createdDir = await mkdir(dirname(destination), { recursive: true });
      if (createdDir) createdDirs.push(createdDir);
      // A symlinked directory inside the target must not lead the write elsewhere.
      if (!isInside(realTarget, await realpath(dirname(destination)))) {
        throw new Error(`refusing to write ${file}: its directory leads outside ${target}`);
      }
      if (await isDirectory(destination)) {
        throw new Error(`cannot write ${file}: ${destination} is a directory`);
      }
      let backup: string | undefined;
      if (await exists(destination)) {
        backup = join(backupDir, file);
        await mkdir(dirname(backup), { recursive: true });
        await rename(destination, backup);
      }
      moved.push({ destination, backup });
      await rename(join(staging, file), destination);
    }
  } catch (error) {
    for (const { destination, backup } of moved.reverse()) {
      await rm(destination, { force: true });
      if (backup) await rename(backup, destination);
    }
    for (const dir of createdDirs.reverse()) await rm(dir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(backupDir, { recursive: true, force: true });
  }
}

/** Puts the staged project at `target`: one rename when `target` does not exist yet. */
export async function moveIntoPlace(
  staging: string,
  target: string,
  files: string[],
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted();
  if (await exists(target)) await moveFiles(staging, target, files, signal);
  else await rename(staging, target);
}
