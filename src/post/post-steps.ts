import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execa } from 'execa';
import type { ProjectOptions } from '../options/project-options.js';
import { prismaGenerateStep } from './prisma-generate-step.js';
import type { Command, PostStep } from './step.js';

const commitMessage = 'Initial commit from create-backend-arch';
const fallbackIdentity = [
  '-c',
  'user.name=create-backend-arch',
  '-c',
  'user.email=create-backend-arch@users.noreply.github.com',
];

async function succeeds(file: string, args: string[], cwd: string): Promise<boolean> {
  const result = await execa(file, args, { cwd, stdin: 'ignore', reject: false });
  return result.exitCode === 0;
}

async function hasScript(dir: string, script: string): Promise<boolean> {
  try {
    const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { scripts?: object };
    return Object.hasOwn(pkg.scripts ?? {}, script);
  } catch {
    return false;
  }
}

async function gitSkipReason(options: ProjectOptions): Promise<string | undefined> {
  const dir = options.directory;
  if (!options.git) return '--no-git';
  if (!(await succeeds('git', ['--version'], dir))) return 'git not found';
  if (await succeeds('git', ['rev-parse', '--is-inside-work-tree'], dir)) return 'already inside a git repository';
  return undefined;
}

async function gitCommands(dir: string): Promise<Command[]> {
  const hasIdentity =
    (await succeeds('git', ['config', 'user.name'], dir)) &&
    (await succeeds('git', ['config', 'user.email'], dir));
  const identity = hasIdentity ? [] : fallbackIdentity;
  return [
    { file: 'git', args: ['init'] },
    { file: 'git', args: ['add', '-A'] },
    { file: 'git', args: [...identity, 'commit', '-m', commitMessage] },
  ];
}

/** A preset's `postGenerate` commands, and whether the user trusts them to run (`--trust-preset`). */
export interface PresetCommands {
  preset: string;
  commands: string[];
  trusted: boolean;
}

function presetStep({ preset, commands, trusted }: PresetCommands): PostStep {
  return {
    name: `${preset} postGenerate`,
    commands: commands.map((command) => ({ file: command, args: [], shell: true })),
    skipReason: trusted ? undefined : `not run without --trust-preset: ${commands.join(' && ')}`,
  };
}

/**
 * install, prisma generate, a preset's commands, git: in that order, so the first commit includes the
 * lockfile and what the preset's commands changed.
 */
export async function postSteps(options: ProjectOptions, presetCommands?: PresetCommands): Promise<PostStep[]> {
  const pm = options.packageManager;
  const dir = options.directory;
  const gitSkip = await gitSkipReason(options);
  return [
    {
      name: 'install dependencies',
      commands: [{ file: pm, args: ['install'] }],
      skipReason: options.install ? undefined : '--no-install',
    },
    {
      ...prismaGenerateStep(pm),
      skipReason: !options.install
        ? '--no-install'
        : (await hasScript(dir, 'db:generate'))
          ? undefined
          : 'no db:generate script',
    },
    ...(presetCommands?.commands.length ? [presetStep(presetCommands)] : []),
    {
      name: 'initialise git',
      commands: gitSkip ? [] : await gitCommands(dir),
      skipReason: gitSkip,
    },
  ];
}
