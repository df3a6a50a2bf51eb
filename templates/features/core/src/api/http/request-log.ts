import type { PinoLogger } from 'nestjs-pino';

export interface CompletedRequest {
  id: string;
  method: string;
  url: string;
  status: number;
  durationMs: number;
}

/** The one log line of a request, written by the HTTP platform's hooks once the response is sent. */
export function logRequest(logger: Pick<PinoLogger, 'info' | 'warn' | 'error'>, request: CompletedRequest): void {
  const { id, method, url, status, durationMs } = request;
  const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
  logger[level]({ request_id: id, method, url, status, duration_ms: Math.round(durationMs) }, 'request completed');
}
