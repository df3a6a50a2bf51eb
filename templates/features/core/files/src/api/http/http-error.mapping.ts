import { HttpException } from '@nestjs/common';
import { AppError } from '../../shared/errors/app-error.js';
import type { ErrorCode } from '../../shared/errors/error-code.js';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
  504: 'UPSTREAM_TIMEOUT',
};

// Messages for errors raised by the HTTP platform itself, whose own wording may quote the payload or parser internals.
const PLATFORM_MESSAGES: Partial<Record<ErrorCode, string>> = {
  BAD_REQUEST: 'Malformed request body',
  NOT_FOUND: 'Route not found',
  PAYLOAD_TOO_LARGE: 'Request body is too large',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type, send application/json',
};

export const INTERNAL_ERROR = new AppError('INTERNAL_ERROR', 'An unexpected error occurred');

const MALFORMED_URL = new AppError('BAD_REQUEST', 'Malformed request URL');

/** Maps Nest HTTP exceptions and the 4xx errors of Fastify, Express and their body parsers to an AppError. */
export function appErrorFromHttp(exception: unknown): AppError | undefined {
  const urlError = isUrlError(exception) || (exception instanceof HttpException && isUrlError(exception.cause));
  if (urlError) return MALFORMED_URL;
  if (exception instanceof HttpException) {
    const code = CODE_BY_STATUS[exception.getStatus()];
    if (!code) return undefined;
    return new AppError(code, messageOf(exception) ?? PLATFORM_MESSAGES[code] ?? exception.message);
  }
  const status = platformStatusOf(exception);
  const code = status === undefined ? undefined : CODE_BY_STATUS[status];
  return code ? new AppError(code, PLATFORM_MESSAGES[code] ?? 'Request failed') : undefined;
}

function messageOf(exception: HttpException): string | undefined {
  // Nest's router 404 ("Cannot GET /x") echoes the request, and Nest wraps body-parser and Fastify errors
  // in an HttpException quoting the parser; all of them get the fixed platform message instead.
  if (exception.getStatus() === 404 && /^Cannot [A-Z]+ /.test(exception.message)) return undefined;
  if (isPlatformError(exception.cause)) return undefined;
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return typeof message === 'string' ? message : undefined;
}

function isPlatformError(cause: unknown): boolean {
  return cause instanceof SyntaxError || platformStatusOf(cause) !== undefined;
}

// A bad percent-encoding in the path: Express's router throws the URIError of decodeURIComponent, Fastify its own.
function isUrlError(error: unknown): boolean {
  return error instanceof URIError || (error as { code?: unknown } | undefined)?.code === 'FST_ERR_BAD_URL';
}

function platformStatusOf(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { statusCode, status } = exception as { statusCode?: unknown; status?: unknown };
  const value = statusCode ?? status;
  return typeof value === 'number' && value >= 400 && value < 500 ? value : undefined;
}
