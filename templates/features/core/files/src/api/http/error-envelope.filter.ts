import { type ArgumentsHost, Catch, type ExceptionFilter, Logger, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppError } from '../../shared/errors/app-error.js';
import { ErrorTranslator } from '../../shared/errors/error-translator.js';
import { httpStatusOf, toErrorEnvelope } from './error-envelope.js';
import { appErrorFromHttp, INTERNAL_ERROR } from './http-error.mapping.js';
import { requestIdOf } from '../../shared/request-id.js';

// When to try again after a 503: the database reconnecting, or the drain (on another instance then).
const RETRY_AFTER_SECONDS = 2;

/** The single place where any error, from any layer, becomes the HTTP error envelope. */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorEnvelopeFilter.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Optional() private readonly translator?: ErrorTranslator,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Parameters<typeof requestIdOf>[0]>();
    const requestId = requestIdOf(request);
    const error = this.toAppError(exception);
    const status = httpStatusOf(error);
    if (status === 503) {
      // Expected while a dependency is down or the app drains: one short line each, not a stack per request.
      const reason = exception instanceof Error ? exception.message : String(exception);
      this.logger.warn({ code: error.code, request_id: requestId, reason }, 'Request refused, service unavailable');
    } else if (status >= 500) {
      this.logger.error({ err: exception, code: error.code, request_id: requestId }, 'Request failed');
    }
    const { httpAdapter } = this.adapterHost;
    const response = http.getResponse<unknown>();
    if (status === 503) httpAdapter.setHeader(response, 'Retry-After', String(RETRY_AFTER_SECONDS));
    httpAdapter.reply(response, toErrorEnvelope(error, requestId), status);
  }

  private toAppError(exception: unknown): AppError {
    if (exception instanceof AppError) return exception;
    return this.translator?.translate(exception) ?? appErrorFromHttp(exception) ?? INTERNAL_ERROR;
  }
}
