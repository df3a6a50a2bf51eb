import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AccessTokenService } from '../../application/auth/access-token.port.js';
import { InvalidAccessTokenError } from '../../domain/auth/auth.errors.js';
import { OPERATIONAL_ENDPOINT } from '../http/operational.decorator.js';
import { IS_PUBLIC } from './auth.decorators.js';
import type { AuthenticatedUser } from './authenticated-user.js';

interface HttpRequest {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthenticatedUser;
}

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/;

/** Every route needs a valid access token unless it is @Public() or @Operational(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    if (this.reflector.getAllAndOverride<boolean>(OPERATIONAL_ENDPOINT, targets)) return true;

    const request = context.switchToHttp().getRequest<HttpRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' ? BEARER.exec(header)?.[1] : undefined;
    if (!token) throw new InvalidAccessTokenError();
    const claims = await this.accessTokens.verify(token);
    request.user = { id: claims.userId, email: claims.email, role: claims.role };
    return true;
  }
}
