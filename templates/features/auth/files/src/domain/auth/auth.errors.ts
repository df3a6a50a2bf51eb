import { AppError } from '../../shared/errors/app-error.js';

export class InvalidCredentialsError extends AppError {
  constructor() {
    super('UNAUTHORIZED', 'Invalid email or password');
  }
}

export class InvalidRefreshTokenError extends AppError {
  constructor() {
    super('UNAUTHORIZED', 'Invalid or expired refresh token');
  }
}

export class InvalidAccessTokenError extends AppError {
  constructor() {
    super('UNAUTHORIZED', 'Missing, invalid or expired access token');
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super('FORBIDDEN', 'You do not have permission to do this');
  }
}
