import { mkdir, mkdtemp, rm } from 'node:fs/promises';
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
  const dir = await mkdtemp(join(parent, `.${basename(target)}.backend-arch-`));
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
