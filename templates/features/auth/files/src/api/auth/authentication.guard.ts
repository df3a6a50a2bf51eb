import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { AccessTokenService } from '../../application/auth/access-token.port.js';
import { InvalidAccessTokenError } from '../../domain/auth/auth.errors.js';
import type { AuthenticatedUser } from '../http/authenticated-user.js';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

/**
 * Identifies the caller from a valid bearer token and never rejects: rate limits must count anonymous
 * and badly authenticated requests too, before AuthorizationGuard turns them away.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(private readonly accessTokens: AccessTokenService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
    if (token) {
      // Only a bad token makes the caller anonymous; a database that cannot tell is an error of its own (503).
      const claims = await this.accessTokens.verify(token).catch((error: unknown) => {
        if (error instanceof InvalidAccessTokenError) return undefined;
        throw error;
      });
      if (claims) request.user = { id: claims.userId, email: claims.email, role: claims.role };
    }
    return true;
  }
}
