import type { AppError, ErrorDetail } from '../../shared/errors/app-error.js';
import type { ErrorCode } from '../../shared/errors/error-code.js';

export interface ErrorEnvelope {
  error: {
    code: ErrorCode;
    message: string;
    details: ErrorDetail[];
    request_id: string | undefined;
  };
}

export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_ERROR: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  UPSTREAM_TIMEOUT: 504,
};

/** The status an AppError is answered with: its own when it carries one, else its code's. */
export function httpStatusOf(error: AppError): number {
  return error.status ?? HTTP_STATUS_BY_CODE[error.code];
}

export function toErrorEnvelope(error: AppError, requestId: string | undefined): ErrorEnvelope {
  return {
    error: { code: error.code, message: error.message, details: error.details, request_id: requestId },
  };
}
