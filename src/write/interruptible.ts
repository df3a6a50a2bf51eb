import { InterruptedError } from '../errors.js';

/**
 * Runs `task` with an AbortSignal that SIGINT/SIGTERM abort (instead of killing the process),
 * so the task can remove what it wrote before the CLI exits.
 */
export async function interruptible<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  // `on`, not `once`: a second Ctrl-C must not kill the process halfway through cleaning up.
  const onSignal = (signal: NodeJS.Signals) => {
    if (!controller.signal.aborted) controller.abort(new InterruptedError(signal));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await task(controller.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
