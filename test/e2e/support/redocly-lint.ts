import { execa } from 'execa';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { packageRoot } from '../../../src/package-root.js';

export interface RedoclyVerdict {
  errors: number;
  warnings: number;
  output: string;
}

/** Lints an app's OpenAPI document with Redocly's recommended ruleset (its CLI from this repository's install). */
export async function redoclyLint(documentUrl: string): Promise<RedoclyVerdict> {
  const dir = await mkdtemp(join(tmpdir(), 'backend-arch-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    await writeFile(file, await (await fetch(documentUrl)).text());
    const redocly = join(packageRoot(), 'node_modules', '.bin', 'redocly');
    const result = await execa(redocly, ['lint', file, '--format=summary'], { all: true, reject: false });
    const output = stripVTControlCharacters(String(result.all));
    const count = (kind: string) =>
      [...output.matchAll(new RegExp(`^${kind}\\s+\\S+: (\\d+)$`, 'gm'))].reduce((sum, match) => sum + Number(match[1]), 0);
    return { errors: count('error'), warnings: count('warning'), output };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
