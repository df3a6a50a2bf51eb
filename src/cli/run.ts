import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectOptions } from '../options/project-options.js';
import { displayPath } from '../paths/display-path.js';
import type { StepResult } from '../post/step.js';
import type { ResolvedPreset } from '../preset/load-preset.js';
import type { GeneratedFile } from '../render/list-files.js';
import { interruptible } from '../write/interruptible.js';
import { checkTarget } from '../write/target.js';
import type { CliArgs, FeatureFlag } from './args.js';
import { reportError } from './report-error.js';
import { createReporter } from './reporter.js';
import { resolveOptions } from './resolve-options.js';
import { nextSteps, planLines } from './summary.js';

interface Outcome {
  options?: ProjectOptions;
  files?: GeneratedFile[];
  steps: StepResult[];
  nextSteps?: string[];
  dryRun?: boolean;
}

// node-plop and execa load only once the input is known to be good: bad usage fails fast.
async function dryRun(options: ProjectOptions, preset?: ResolvedPreset): Promise<GeneratedFile[]> {
  const { renderProject } = await import('../render/render-project.js');
  const dir = await mkdtemp(join(tmpdir(), 'backend-arch-dry-run-'));
  try {
    return await renderProject(options, dir, { preset });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function resolveWithPreset(args: CliArgs, preset: ResolvedPreset | undefined): Promise<ProjectOptions> {
  if (!preset) return resolveOptions(args);
  const { applyPreset } = await import('../preset/apply-preset.js');
  const { given, defaults } = applyPreset(preset, args.given);
  return resolveOptions(args, process.env, { given, defaults, featureOptions: preset.featureOptions });
}

async function generate(args: CliArgs, outcome: Outcome, preset?: ResolvedPreset): Promise<void> {
  const reporter = createReporter(args.json);
  const options = (outcome.options = await resolveWithPreset(args, preset));
  await checkTarget(options.directory, args.force);

  if (args.dryRun) {
    outcome.dryRun = true;
    outcome.files = await dryRun(options, preset);
    for (const line of planLines(options.directory, outcome.files)) reporter.line(line);
    return;
  }

  const { writeProject } = await import('../write/write-project.js');
  const started = performance.now();
  outcome.files = await interruptible((signal) => writeProject(options, { signal, preset }));
  outcome.steps.push({ name: 'write files', status: 'ok', durationMs: Math.round(performance.now() - started) });
  reporter.line(`Created ${displayPath(options.directory)} (${outcome.files.length} files)`);
  reporter.step(outcome.steps[0]!);

  const { runPostSteps } = await import('../post/run-post-steps.js');
  const presetCommands = preset && { preset: preset.name, commands: preset.postGenerate, trusted: args.trustPreset };
  await interruptible((signal) => runPostSteps(options, reporter, outcome.steps, presetCommands, signal));
  outcome.nextSteps = nextSteps(options, options.install);
  reporter.line();
  reporter.line('Next steps:');
  for (const line of outcome.nextSteps) reporter.line(`  ${line}`);
}

/** The CLI after argument parsing; resolves with the exit code. */
export async function run(args: CliArgs, preset?: ResolvedPreset): Promise<number> {
  const outcome: Outcome = { steps: [] };
  let failure: ReturnType<typeof reportError> | undefined;
  try {
    await generate(args, outcome, preset);
  } catch (error) {
    failure = reportError(error);
  }
  if (args.json) {
    const { options, files, steps, dryRun } = outcome;
    const result = failure
      ? { ok: false, directory: options?.directory, files, steps, error: { code: failure.code, message: failure.message } }
      : { ok: true, directory: options?.directory, dryRun, options, files, steps, nextSteps: outcome.nextSteps ?? [] };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  }
  return failure?.exitCode ?? 0;
}

/** `--preset <spec>`: resolves the preset, parses the arguments with its features' flags, then runs. */
export async function runWithPreset(
  argv: string[],
  spec: string,
  parse: (argv: string[], featureFlags: FeatureFlag[]) => CliArgs | number,
): Promise<number> {
  const { loadPreset } = await import('../preset/load-preset.js');
  let preset: ResolvedPreset;
  try {
    preset = await loadPreset(spec);
  } catch (error) {
    const failure = reportError(error);
    if (argv.includes('--json')) {
      process.stdout.write(`${JSON.stringify({ ok: false, error: { code: failure.code, message: failure.message } }, null, 2)}\n`);
    }
    return failure.exitCode;
  }
  try {
    const args = parse(argv, preset.featureOptions);
    if (typeof args === 'number') return args;
    if (args.help) {
      const { helpText } = await import('./help.js');
      const defaults = preset.featureDefaults;
      process.stdout.write(helpText(preset.featureOptions.map((option) => ({ ...option, default: defaults[option.key] ?? option.default }))));
      return 0;
    }
    return await run(args, preset);
  } finally {
    await preset.cleanup();
  }
}
