import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../../infrastructure/config/app-config.js';
import { REQUEST_ID_HEADER, resolveRequestId } from '../../shared/request-id.js';
import { BODY_LIMIT_BYTES, CONTENT_SECURITY_POLICY } from './http-security.js';

export type HttpApplication = NestExpressApplication;

export function createHttpAdapter(config: AppConfig): ExpressAdapter {
  const adapter = new ExpressAdapter();
  adapter.set('trust proxy', config.get('TRUST_PROXY'));
  return adapter;
}

export function configureHttpPlatform(app: HttpApplication): Promise<void> {
  app.disable('x-powered-by');
  app.use((request: Request & { id?: string }, response: Response, next: NextFunction) => {
    request.id = resolveRequestId(request.headers['x-request-id']);
    response.setHeader(REQUEST_ID_HEADER, request.id);
    next();
  });
  app.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
  app.use(helmet({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }));
  return Promise.resolve();
}
