import type { IncomingMessage } from 'node:http';
import helmet from '@fastify/helmet';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../../infrastructure/config/app-config.js';
import { REQUEST_ID_HEADER, resolveRequestId } from '../../shared/request-id.js';
import { BODY_LIMIT_BYTES, CONTENT_SECURITY_POLICY } from './http-security.js';

export type HttpApplication = NestFastifyApplication;

export function createHttpAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.get('TRUST_PROXY'),
    genReqId: (request: IncomingMessage) => resolveRequestId(request.headers['x-request-id']),
  });
}

export async function configureHttpPlatform(app: HttpApplication): Promise<void> {
  app.getHttpAdapter().getInstance().addHook('onRequest', async (request, reply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
  });
  await app.register(helmet, { contentSecurityPolicy: CONTENT_SECURITY_POLICY });
}
