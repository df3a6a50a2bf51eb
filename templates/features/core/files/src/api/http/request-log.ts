import type { PinoLogger } from 'nestjs-pino';
import type { Logger } from 'pino';

export interface CompletedRequest {
  id: string;
  method: string;
  url: string;
  status: number;
  durationMs: number;
}

type RequestLogger = Pick<Logger, 'info' | 'warn' | 'error'>;

/**
 * The logger of request lines. They carry only the fields below, never a secret, so they skip the redaction
 * pass: its wildcard paths cost more than the rest of a simple request.
 */
export function requestLogger(logger: PinoLogger): RequestLogger {
  return logger.logger.child({}, { redact: [] });
}

/** The one log line of a request, written by the HTTP platform's hooks once the response is sent. */
export function logRequest(logger: RequestLogger, request: CompletedRequest): void {
  const { id, method, url, status, durationMs } = request;
  const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
  logger[level]({ request_id: id, method, url, status, duration_ms: Math.round(durationMs) }, 'request completed');
}
