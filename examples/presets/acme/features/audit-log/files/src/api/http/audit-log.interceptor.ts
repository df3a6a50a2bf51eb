import type { ServerResponse } from 'node:http';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import { AuditTrail } from '../../application/audit/audit-trail.port.js';
import { AppConfig } from '../../infrastructure/config/app-config.js';
import { requestIdOf } from '../../shared/request-id.js';

const CHANGING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type AuditedRequest = Parameters<typeof requestIdOf>[0] & {
  method: string;
  user?: { id: string };
};

/**
 * Records every request that reached a handler and may change state, with the status the caller got:
 * read when the response is sent, after the error envelope filter has mapped any failure. Requests the
 * guards refuse (401, 403, 429) never reach here; the request log has them.
 */
@Injectable()
export class AuditLogInterceptor implements NestInterceptor {
  private readonly enabled: boolean;

  constructor(
    private readonly trail: AuditTrail,
    config: AppConfig,
  ) {
    this.enabled = config.get('AUDIT_LOG_ENABLED');
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.enabled || context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<AuditedRequest>();
    if (!CHANGING_METHODS.has(request.method)) return next.handle();
    // Fastify hands Nest its reply, Express the Node response itself.
    const reply = http.getResponse<ServerResponse | { raw: ServerResponse }>();
    const response = 'raw' in reply ? reply.raw : reply;
    response.once('finish', () =>
      this.trail.record({
        action: `${context.getClass().name}.${context.getHandler().name}`,
        actorId: request.user?.id ?? null,
        status: response.statusCode,
        requestId: requestIdOf(request),
      }),
    );
    return next.handle();
  }
}
