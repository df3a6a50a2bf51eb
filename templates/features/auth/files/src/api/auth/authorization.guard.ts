import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, InvalidAccessTokenError } from '../../domain/auth/auth.errors.js';
import type { Role } from '../../shared/roles.js';
import { IS_PUBLIC, REQUIRED_ROLES } from '../http/auth.decorators.js';
import type { AuthenticatedUser } from '../http/authenticated-user.js';

/** Every route needs an authenticated caller unless it is @Public(); @Roles() narrows it further. */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const { user } = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>();
    if (!user) throw new InvalidAccessTokenError();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length && !roles.includes(user.role)) throw new ForbiddenError();
    return true;
  }
}
