/** Bad usage: wrong flags or values, unusable target. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The user cancelled a prompt. Exit code 1, nothing written. */
export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor() {
    super('cancelled; nothing was written');
  }
}

/** SIGINT/SIGTERM arrived: while writing (everything written so far was removed), or during the post steps. */
export class InterruptedError extends Error {
  override name = 'InterruptedError';
  constructor(
    readonly signal: NodeJS.Signals,
    outcome = 'nothing was written',
  ) {
    super(`interrupted by ${signal}; ${outcome}`);
  }
}

/** A post-generation step failed; the project itself was written. */
export class StepFailedError extends Error {
  override name = 'StepFailedError';
}

/** A preset that cannot be used: missing, invalid, unreachable or failing to render. Exit code 1, nothing written. */
export class PresetError extends Error {
  override name = 'PresetError';
}
