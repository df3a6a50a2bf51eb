import { performance } from 'node:perf_hooks';
import { type NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { PinoLogger } from 'nestjs-pino';
import type { AppConfig } from '../../infrastructure/config/app-config.js';
import { HttpDrain } from '../../infrastructure/lifecycle/http-drain.js';
import { REQUEST_ID_HEADER, resolveRequestId } from '../../shared/request-id.js';
import { EnvelopeExpressAdapter } from './envelope-express-adapter.js';
import { BODY_LIMIT_BYTES, SECURITY_HEADERS } from './http-security.js';
import { admissionError } from './request-admission.js';
import { logRequest, requestLogger } from './request-log.js';

export type HttpApplication = NestExpressApplication;

export function createHttpAdapter(config: AppConfig): EnvelopeExpressAdapter {
  const adapter = new EnvelopeExpressAdapter();
  adapter.set('trust proxy', config.get('TRUST_PROXY'));
  return adapter;
}

/** Security headers (which also drop X-Powered-By), request id, request log and admission ahead of every route. */
export async function configureHttpPlatform(app: HttpApplication): Promise<void> {
  const logger = requestLogger(await app.resolve(PinoLogger));
  const drain = app.get(HttpDrain);
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
    next(admissionError(request, response, drain));
  });
  app.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
}
