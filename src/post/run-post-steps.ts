import { StepFailedError } from '../errors.js';
import type { ProjectOptions } from '../options/project-options.js';
import { displayPath } from '../paths/display-path.js';
import { postSteps, type PresetCommands } from './post-steps.js';
import { commandLine, runStep, type StepResult } from './step.js';

/** Where the steps' progress goes (the CLI's reporter). */
export interface StepReporter {
  stepStarted(name: string): void;
  step(result: StepResult): void;
}

/** Runs every post step; stops at the first failure with a StepFailedError saying how to retry. */
export async function runPostSteps(
  options: ProjectOptions,
  reporter: StepReporter,
  results: StepResult[],
  presetCommands?: PresetCommands,
) {
  for (const step of await postSteps(options, presetCommands)) {
    if (step.skipReason) {
      results.push({ name: step.name, status: 'skipped', durationMs: 0, note: step.skipReason });
      reporter.step(results.at(-1)!);
      continue;
    }
    reporter.stepStarted(step.name);
    const started = performance.now();
    try {
      const note = await runStep(step, options.directory);
      const durationMs = Math.round(performance.now() - started);
      results.push({ name: step.name, status: 'ok', durationMs, ...(note ? { note } : {}) });
      reporter.step(results.at(-1)!);
    } catch (error) {
      results.push({ name: step.name, status: 'failed', durationMs: Math.round(performance.now() - started) });
      reporter.step(results.at(-1)!);
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
