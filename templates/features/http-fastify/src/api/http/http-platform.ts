import type { IncomingMessage } from 'node:http';
import { UnsupportedMediaTypeException } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { PinoLogger } from 'nestjs-pino';
import type { AppConfig } from '../../infrastructure/config/app-config.js';
import { REQUEST_ID_HEADER, resolveRequestId } from '../../shared/request-id.js';
import { BODY_LIMIT_BYTES, SECURITY_HEADERS } from './http-security.js';
import { isNonJsonBody } from './json-body.js';
import { logRequest, requestLogger } from './request-log.js';

export type HttpApplication = NestFastifyApplication;

export function createHttpAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.get('TRUST_PROXY'),
    genReqId: (request: IncomingMessage) => resolveRequestId(request.headers['x-request-id']),
  });
}

/** Request id, body check, request log and security headers as Fastify hooks: no per-request Nest middleware. */
export async function configureHttpPlatform(app: HttpApplication): Promise<void> {
  const logger = requestLogger(await app.resolve(PinoLogger));
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done(isNonJsonBody(request.headers) ? new UnsupportedMediaTypeException() : undefined);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const { id, method, url } = request;
    logRequest(logger, { id, method, url, status: reply.statusCode, durationMs: reply.elapsedTime });
    done();
  });
  app.useSecurityHeaders(SECURITY_HEADERS);
}
