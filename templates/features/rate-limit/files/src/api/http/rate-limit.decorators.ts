import { SetMetadata } from '@nestjs/common';

export const AUTH_RATE_LIMITED = 'rate-limit:auth';

/** Login, registration and token routes: a stricter budget per client IP, counted before the handler so failures count too. */
export const AuthRateLimit = (): ClassDecorator & MethodDecorator => SetMetadata(AUTH_RATE_LIMITED, true);
