import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface Staging {
  dir: string;
  /** Removes the staging directory and any parent directories it had to create. */
  discard(): Promise<void>;
  /** Removes the staging directory only (after a successful move). */
  cleanUp(): Promise<void>;
}

/** A staging directory next to `target` (same filesystem, so moving into place is a rename). */
export async function createStaging(target: string): Promise<Staging> {
  const parent = dirname(target);
  const firstCreatedParent = await mkdir(parent, { recursive: true });
  // Not mkdtemp: its 0700 mode would become the project's once renamed into place.
  const dir = join(parent, `.${basename(target)}.backend-arch-${randomBytes(6).toString('hex')}`);
  await mkdir(dir);
  const cleanUp = () => rm(dir, { recursive: true, force: true });
  return {
    dir,
    cleanUp,
    async discard() {
      await cleanUp();
      if (firstCreatedParent) await rm(firstCreatedParent, { recursive: true, force: true });
    },
  };
}
