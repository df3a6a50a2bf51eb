import { CancelledError, InterruptedError, PresetError, StepFailedError, UsageError } from '../errors.js';

export interface ErrorReport {
  code: 'USAGE' | 'PRESET' | 'CANCELLED' | 'INTERRUPTED' | 'STEP_FAILED' | 'FAILED';
  exitCode: number;
  message: string;
}

function describeError(error: unknown): ErrorReport {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) return { code: 'USAGE', exitCode: 2, message };
  if (error instanceof PresetError) return { code: 'PRESET', exitCode: 1, message };
  if (error instanceof CancelledError) return { code: 'CANCELLED', exitCode: 1, message };
  if (error instanceof InterruptedError) {
    return { code: 'INTERRUPTED', exitCode: error.signal === 'SIGINT' ? 130 : 1, message };
  }
  if (error instanceof StepFailedError) return { code: 'STEP_FAILED', exitCode: 1, message };
  return { code: 'FAILED', exitCode: 1, message };
}

/** One `error: ...` line on stderr (the stack only with DEBUG); returns the exit code. */
export function reportError(error: unknown): ErrorReport {
  const report = describeError(error);
  const detail = process.env.DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  process.stderr.write(`error: ${report.message.split('\n')[0]}${detail}\n`);
  return report;
}
