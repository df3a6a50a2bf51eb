import { type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError } from '../../shared/errors/app-error.js';
import { REQUEST_ID_HEADER, resolveRequestId } from '../../shared/request-id.js';
import { toErrorEnvelope } from './error-envelope.js';

interface ParserErrorAnswer {
  status: number;
  message: string;
}

const ANSWER_BY_ERROR_CODE: Record<string, ParserErrorAnswer> = {
  HPE_HEADER_OVERFLOW: { status: 431, message: 'Request headers are too large' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, message: 'Request timed out' },
};

const MALFORMED_REQUEST: ParserErrorAnswer = { status: 400, message: 'Malformed request' };

/**
 * Answers what Node's HTTP parser rejects (oversized headers or URL, a malformed request line or header) with the
 * envelope. No request exists yet, so no hook of the platform runs: the response is written raw, and the connection
 * closed, as Node does by default.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Node's own test (lib/_http_server.js): a keep-alive connection has written earlier responses, so only the
  // response in flight on it, if its head went out already, must not be corrupted by a second one.
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  const responseStarted = inFlight?.headersSent === true;
  if (socket.writable && !responseStarted && error.code !== 'ECONNRESET' && error.code !== 'EPIPE') {
    const { status, message } = ANSWER_BY_ERROR_CODE[error.code ?? ''] ?? MALFORMED_REQUEST;
    const requestId = resolveRequestId(undefined);
    const body = JSON.stringify(toErrorEnvelope(new AppError('BAD_REQUEST', message), requestId));
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `${REQUEST_ID_HEADER}: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
