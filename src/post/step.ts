import { execa } from 'execa';

export interface Command {
  file: string;
  args: string[];
  /** `file` is a whole command line for the shell (a preset's `postGenerate`). */
  shell?: boolean;
}

/** A second try of a failed step with a changed environment, and why. */
export interface Recovery {
  env: Record<string, string>;
  note: string;
  cleanup(): Promise<void>;
}

export interface PostStep {
  name: string;
  commands: Command[];
  /** Why the step does not run, when it does not. */
  skipReason?: string;
  /** Looks at a failed run's output and may offer a retry. */
  recover?: (output: string) => Promise<Recovery | undefined>;
  /** A recovery known to be needed before the first run; the step then runs once, with it. */
  anticipate?: () => Promise<Recovery | undefined>;
}

type StepStatus = 'ok' | 'failed' | 'skipped';

export interface StepResult {
  name: string;
  status: StepStatus;
  durationMs: number;
  note?: string;
}

export function commandLine({ file, args }: Command): string {
  return [file, ...args.map((arg) => (/[\s"']/.test(arg) ? JSON.stringify(arg) : arg))].join(' ');
}

/** Runs a step's commands in order; the first failing one rejects with execa's error. */
async function runCommands(step: PostStep, cwd: string, signal?: AbortSignal, env: Record<string, string> = {}): Promise<void> {
  for (const { file, args, shell } of step.commands) {
    await execa(file, args, { cwd, stdin: 'ignore', all: true, env, shell: shell ?? false, cancelSignal: signal });
  }
}

/**
 * Runs the step, and once more when its `recover` offers a way (or once, with what `anticipate` offers);
 * resolves with the recovery note if one was used.
 */
export async function runStep(step: PostStep, cwd: string, signal?: AbortSignal): Promise<string | undefined> {
  const anticipated = await step.anticipate?.();
  if (anticipated) return runRecovered(step, cwd, anticipated, signal);
  try {
    await runCommands(step, cwd, signal);
    return undefined;
  } catch (error) {
    const recovery = signal?.aborted ? undefined : await step.recover?.((error as { all?: string }).all ?? '');
    if (!recovery) throw error;
    return runRecovered(step, cwd, recovery, signal);
  }
}

async function runRecovered(step: PostStep, cwd: string, recovery: Recovery, signal?: AbortSignal): Promise<string> {
  try {
    await runCommands(step, cwd, signal, recovery.env);
    return recovery.note;
  } finally {
    await recovery.cleanup();
  }
}
