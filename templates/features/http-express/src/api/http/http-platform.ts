import { performance } from 'node:perf_hooks';
import { UnsupportedMediaTypeException } from '@nestjs/common';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import type { AppConfig } from '../../infrastructure/config/app-config.js';
import { REQUEST_ID_HEADER, resolveRequestId } from '../../shared/request-id.js';
import { BODY_LIMIT_BYTES, SECURITY_HEADERS } from './http-security.js';
import { isNonJsonBody } from './json-body.js';
import { logRequest, requestLogger } from './request-log.js';

export type HttpApplication = NestExpressApplication;

export function createHttpAdapter(config: AppConfig): ExpressAdapter {
  const adapter = new ExpressAdapter();
  adapter.set('trust proxy', config.get('TRUST_PROXY'));
  return adapter;
}

/** Security headers (which also drop X-Powered-By), request id, request log and body check ahead of every route. */
export async function configureHttpPlatform(app: HttpApplication): Promise<void> {
  const logger = requestLogger(await app.resolve(PinoLogger));
  // First, so that responses to requests refused below carry the headers too.
  app.useSecurityHeaders(SECURITY_HEADERS);
  app.use((request: Request & { id?: string }, response: Response, next: NextFunction) => {
    const id = resolveRequestId(request.headers['x-request-id']);
    const started = performance.now();
    request.id = id;
    response.setHeader(REQUEST_ID_HEADER, id);
    response.once('finish', () => {
      const { method, originalUrl: url } = request;
      logRequest(logger, { id, method, url, status: response.statusCode, durationMs: performance.now() - started });
    });
    next(isNonJsonBody(request.headers) ? new UnsupportedMediaTypeException() : undefined);
  });
  app.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
}
