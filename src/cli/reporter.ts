import type { StepResult } from '../post/step.js';

/** Human progress. In --json mode it says nothing: stdout is reserved for the one JSON object. */
export interface Reporter {
  line(text?: string): void;
  stepStarted(name: string): void;
  step(result: StepResult): void;
}

const symbols = { ok: '✔', failed: '✖', skipped: '–' } as const;

function formatStep({ name, status, durationMs, note }: StepResult): string {
  if (status === 'skipped') return `${symbols.skipped} ${name} (skipped: ${note ?? 'not needed'})`;
  const line = `${symbols[status]} ${name} (${(durationMs / 1000).toFixed(1)}s)`;
  return note ? `${line}\n  note: ${note}` : line;
}

export function createReporter(json: boolean, out: NodeJS.WriteStream = process.stdout): Reporter {
  if (json) return { line() {}, stepStarted() {}, step() {} };
  return {
    line: (text = '') => out.write(`${text}\n`),
    // On a terminal the "running" line is replaced by the result line.
    stepStarted: (name) => {
      if (out.isTTY) out.write(`◌ ${name}…`);
    },
    step: (result) => out.write(`${out.isTTY ? '\r\x1b[2K' : ''}${formatStep(result)}\n`),
  };
}
