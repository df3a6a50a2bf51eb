import { StandardSchemaValidationPipe } from '@nestjs/common';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { AppError, type ErrorDetail } from '../../shared/errors/app-error.js';

export class RequestValidationError extends AppError {
  constructor(details: ErrorDetail[]) {
    super('VALIDATION_ERROR', 'Invalid input data', details);
  }

  static fromIssues(issues: readonly StandardSchemaV1.Issue[]): RequestValidationError {
    return new RequestValidationError(
      issues.map((issue) => ({ field: fieldPath(issue.path), message: issue.message })),
    );
  }
}

/** Validates every `@Body`, `@Query` and `@Param` that declares a `schema`, answering with field-level details. */
export function createValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({
    exceptionFactory: (issues) => RequestValidationError.fromIssues(issues),
  });
}

function fieldPath(path: StandardSchemaV1.Issue['path']): string {
  return (path ?? [])
    .map((segment) => (typeof segment === 'object' ? segment.key : segment))
    .map(String)
    .join('.');
}
