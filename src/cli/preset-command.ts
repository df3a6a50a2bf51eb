import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { displayPath } from '../paths/display-path.js';
import { checkTarget } from '../write/target.js';
import type { CliArgs } from './args.js';
import { reportError } from './report-error.js';

const presetUsage = 'usage: create-backend-arch preset check <dir>';

/** `create-backend-arch preset check <dir>`: every problem of the preset, one line each; exit 1 on any. */
export async function runPresetCommand(argv: string[]): Promise<number> {
  const [, dir, ...rest] = argv;
  if (!dir || rest.length > 0) return reportError(new UsageError(`expected one preset directory; ${presetUsage}`)).exitCode;
  const { checkPreset } = await import('../preset/check-preset.js');
  const problems = await checkPreset(resolve(dir));
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  if (problems.length > 0) return 1;
  process.stdout.write(`${displayPath(resolve(dir))}: no problems\n`);
  return 0;
}

/** `--eject-templates <dir>`: the built-in templates and a starter preset manifest, as a team preset's start. */
export async function runEject(args: CliArgs): Promise<number> {
  try {
    const dir = resolve(args.ejectTemplates!);
    await checkTarget(dir, args.force);
    const { ejectTemplates } = await import('../preset/eject-templates.js');
    const files = await ejectTemplates(dir);
    process.stdout.write(
      `Wrote ${files.length} files to ${displayPath(dir)}: a preset that changes nothing yet; edit templates/ and backend-arch.preset.json, then: create-backend-arch preset check ${displayPath(dir)}\n`,
    );
    return 0;
  } catch (error) {
    return reportError(error).exitCode;
  }
}
