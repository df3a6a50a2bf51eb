import type { ErrorCode } from './error-code.js';

export interface ErrorDetail {
  field: string;
  message: string;
}

export interface AppErrorOptions extends ErrorOptions {
  /** The HTTP status, when not the code's usual one: a VALIDATION_ERROR no schema could catch is a 422. */
  status?: number;
}

/** An error whose code and message are safe to show to API clients. */
export class AppError extends Error {
  readonly status: number | undefined;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    options?: AppErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
    this.status = options?.status;
  }
}

export class ValidationError extends AppError {
  constructor(message = 'Invalid input data', details: ErrorDetail[] = [], options?: AppErrorOptions) {
    super('VALIDATION_ERROR', message, details, options);
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Resource not found') {
    super('NOT_FOUND', message);
  }
}

export class ConflictError extends AppError {
  constructor(message = 'Resource already exists', details: ErrorDetail[] = []) {
    super('CONFLICT', message, details);
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message = 'Service temporarily unavailable', options?: ErrorOptions) {
    super('SERVICE_UNAVAILABLE', message, [], options);
  }
}
