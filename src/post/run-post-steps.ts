import { InterruptedError, StepFailedError } from '../errors.js';
import type { ProjectOptions } from '../options/project-options.js';
import { displayPath } from '../paths/display-path.js';
import { postSteps, type PresetCommands } from './post-steps.js';
import { commandLine, runStep, type PostStep, type StepResult } from './step.js';

/** Where the steps' progress goes (the CLI's reporter). */
export interface StepReporter {
  stepStarted(name: string): void;
  step(result: StepResult): void;
}

/** What is left to run from `steps`, as one command line for the user. */
function resumeCommand(directory: string, steps: PostStep[]): string {
  const commands = steps.filter((step) => !step.skipReason).flatMap((step) => step.commands.map(commandLine));
  return [`cd ${displayPath(directory)}`, ...commands].join(' && ');
}

/**
 * Runs every post step; stops at the first failure with a StepFailedError saying how to retry, or at SIGINT/SIGTERM
 * (`signal`) with an InterruptedError saying what was written and how to resume.
 */
export async function runPostSteps(
  options: ProjectOptions,
  reporter: StepReporter,
  results: StepResult[],
  presetCommands?: PresetCommands,
  signal?: AbortSignal,
) {
  const steps = await postSteps(options, presetCommands);
  const interrupted = (index: number) =>
    new InterruptedError(
      (signal?.reason as InterruptedError).signal,
      `the project was written at ${displayPath(options.directory)}; resume with: ${resumeCommand(options.directory, steps.slice(index))}`,
    );
  for (const [index, step] of steps.entries()) {
    if (step.skipReason) {
      results.push({ name: step.name, status: 'skipped', durationMs: 0, note: step.skipReason });
      reporter.step(results.at(-1)!);
      continue;
    }
    if (signal?.aborted) throw interrupted(index);
    reporter.stepStarted(step.name);
    const started = performance.now();
    try {
      const note = await runStep(step, options.directory, signal);
      const durationMs = Math.round(performance.now() - started);
      results.push({ name: step.name, status: 'ok', durationMs, ...(note ? { note } : {}) });
      reporter.step(results.at(-1)!);
    } catch (error) {
      results.push({ name: step.name, status: 'failed', durationMs: Math.round(performance.now() - started) });
      reporter.step(results.at(-1)!);
      if (signal?.aborted) throw interrupted(index);
      const output = (error as { all?: string }).all;
      if (output && process.env.DEBUG) process.stderr.write(`${output}\n`);
      const reason = ((error as { shortMessage?: string }).shortMessage ?? String(error)).split('\n')[0];
      const retry = step.commands.map(commandLine).join(' && ');
      throw new StepFailedError(
        `${step.name} failed (${reason}); the project was written, retry with: cd ${displayPath(options.directory)} && ${retry}`,
        { cause: error },
      );
    }
  }
}
