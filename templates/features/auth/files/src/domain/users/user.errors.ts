import { AppError } from '../../shared/errors/app-error.js';

/** The caller's token is genuine but names an account that no longer exists. */
export class AccountGoneError extends AppError {
  constructor() {
    super('UNAUTHORIZED', 'The account of this access token no longer exists');
  }
}
