import type { AppError } from './app-error.js';

/** Turns an infrastructure error (database, transport) into an AppError, or returns undefined if it does not know it. */
export abstract class ErrorTranslator {
  abstract translate(error: unknown): AppError | undefined;
}
