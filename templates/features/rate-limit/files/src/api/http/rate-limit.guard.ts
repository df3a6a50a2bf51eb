import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerRequest } from '@nestjs/throttler';
import { AUTH_THROTTLER } from '../../infrastructure/rate-limit/rate-limit.module.js';
import { AUTH_RATE_LIMITED } from './rate-limit.decorators.js';

interface HttpRequest {
  // Set by AuthenticationGuard, which runs first; the platform resolves `ip` from X-Forwarded-For only with TRUST_PROXY.
  user?: { id: string };
  ip?: string;
}

/** The global budget follows the user once authenticated, else the client IP; the auth budget is always per IP. */
export function trackerOf(request: HttpRequest, authRoute: boolean, ip: string): string {
  return !authRoute && request.user ? `user:${request.user.id}` : `ip:${ip}`;
}

/** One budget per route: @AuthRateLimit() routes count against the auth throttler only, all others against the global one. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async handleRequest({
    context,
    limit,
    ttl,
    blockDuration,
    throttler,
  }: ThrottlerRequest): Promise<boolean> {
    const authRoute = this.isMarked(context, AUTH_RATE_LIMITED);
    const name = throttler.name ?? '';
    if ((name === AUTH_THROTTLER) !== authRoute) return true;

    const { req, res } = this.getRequestResponse(context);
    const tracker = trackerOf(req, authRoute, await this.getTracker(req));
    const key = `${name}:${tracker}`;
    const record = await this.storageService.increment(key, ttl, limit, blockDuration, name);

    // IETF RateLimit header names, without the throttler's X- prefix and per-throttler suffixes.
    this.setResponseHeader(res, 'RateLimit-Limit', limit);
    this.setResponseHeader(res, 'RateLimit-Remaining', Math.max(0, limit - record.totalHits));
    this.setResponseHeader(res, 'RateLimit-Reset', record.isBlocked ? record.timeToBlockExpire : record.timeToExpire);
    if (record.isBlocked) {
      this.setResponseHeader(res, 'Retry-After', record.timeToBlockExpire);
      await this.throwThrottlingException(context, { ...record, limit, ttl, key, tracker });
    }
    return true;
  }

  private isMarked(context: ExecutionContext, metadataKey: string): boolean {
    const marked = this.reflector.getAllAndOverride<boolean | undefined>(metadataKey, [
      context.getHandler(),
      context.getClass(),
    ]);
    return marked === true;
  }
}
