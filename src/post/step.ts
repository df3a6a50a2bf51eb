import { execa } from 'execa';

export interface Command {
  file: string;
  args: string[];
}

export interface PostStep {
  name: string;
  commands: Command[];
  /** Why the step does not run, when it does not. */
  skipReason?: string;
}

export type StepStatus = 'ok' | 'failed' | 'skipped';

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
export async function runCommands(step: PostStep, cwd: string): Promise<void> {
  for (const { file, args } of step.commands) {
    await execa(file, args, { cwd, stdin: 'ignore', all: true });
  }
}
