import type { IncomingMessage, Server } from 'node:http';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PinoLogger } from 'nestjs-pino';
import type { AppConfig } from '../../infrastructure/config/app-config.js';
import { HttpDrain } from '../../infrastructure/lifecycle/http-drain.js';
import { REQUEST_ID_HEADER, resolveRequestId } from '../../shared/request-id.js';
import { answerClientError } from './client-error.js';
import { httpStatusOf, toErrorEnvelope } from './error-envelope.js';
import { appErrorFromHttp, INTERNAL_ERROR } from './http-error.mapping.js';
import { BODY_LIMIT_BYTES, SECURITY_HEADERS } from './http-security.js';
import { admissionError } from './request-admission.js';
import { logRequest, requestLogger } from './request-log.js';

export type HttpApplication = NestFastifyApplication;

export function createHttpAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.get('TRUST_PROXY'),
    genReqId: (request: IncomingMessage) => resolveRequestId(request.headers['x-request-id']),
    // What Fastify and Node answer by themselves, before any hook runs, gets the envelope too.
    // A missing Host is refused by admissionError(), with the envelope.
    http: { requireHostHeader: false },
    clientErrorHandler: answerClientError,
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const appError = appErrorFromHttp(error) ?? INTERNAL_ERROR;
      void reply
        .header(REQUEST_ID_HEADER, request.id)
        .code(httpStatusOf(appError))
        .send(toErrorEnvelope(appError, request.id));
    },
  });
}

/** Request id, admission, request log and security headers as Fastify hooks: no per-request Nest middleware. */
export async function configureHttpPlatform(app: HttpApplication): Promise<void> {
  const logger = requestLogger(await app.resolve(PinoLogger));
  const drain = app.get(HttpDrain);
  const fastify = app.getHttpAdapter().getInstance();
  useJsonBodyParser(app);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done(admissionError(request.raw, reply.raw, drain));
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const { id, method, url } = request;
    logRequest(logger, { id, method, url, status: reply.statusCode, durationMs: reply.elapsedTime });
    done();
  });
  app.useSecurityHeaders(SECURITY_HEADERS);
}

/**
 * Many clients send `Content-Type: application/json` with no body (a DELETE, a POST with no input): that is no body,
 * as on Express, rather than malformed JSON. Any other body goes through Fastify's own JSON parser.
 */
function useJsonBodyParser(app: HttpApplication): void {
  const parseJson = app.getHttpAdapter().getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<Server>('application/json', { bodyLimit: BODY_LIMIT_BYTES }, (request, body, done) => {
    if (body.length === 0) done(null, undefined);
    else void parseJson(request, body.toString(), done);
  });
}
