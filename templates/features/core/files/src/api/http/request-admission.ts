import type { IncomingMessage, ServerResponse } from 'node:http';
import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { HttpDrain } from '../../infrastructure/lifecycle/http-drain.js';
import { ServiceUnavailableError } from '../../shared/errors/app-error.js';
import { isNonJsonBody } from './json-body.js';

/**
 * The checks every request passes before routing, on both platforms (their first request hook runs them): the
 * error to answer it with, or undefined to let it through.
 */
export function admissionError(
  request: IncomingMessage,
  response: ServerResponse,
  drain: HttpDrain,
): Error | undefined {
  if (!drain.admit(response)) return new ServiceUnavailableError('The server is shutting down, retry the request');
  // Node's own check of the Host header is off (see http-platform.ts): it answers without the envelope.
  if (request.httpVersion === '1.1' && request.headers.host === undefined) {
    return new BadRequestException('Missing Host header');
  }
  if (isNonJsonBody(request.headers)) return new UnsupportedMediaTypeException();
  return undefined;
}
