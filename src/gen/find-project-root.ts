import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { manifestFileName } from '../manifest/manifest-schema.js';
import { UsageError } from '../errors.js';

/** The nearest directory at or above `start` holding a backend-arch.json. */
export function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, manifestFileName))) return dir;
    if (dirname(dir) === dir) {
      throw new UsageError(`no ${manifestFileName} here or above ${start}: run this inside a project created by create-backend-arch`);
    }
  }
}
