import type { ErrorCode } from './error-code.js';

export interface ErrorDetail {
  field: string;
  message: string;
}

/** An error whose code and message are safe to show to API clients. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
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
