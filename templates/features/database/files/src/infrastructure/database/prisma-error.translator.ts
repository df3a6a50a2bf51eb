import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import {
  type AppError,
  ConflictError,
  NotFoundError,
  ServiceUnavailableError,
  ValidationError,
} from '../../shared/errors/app-error.js';
import { ErrorTranslator } from '../../shared/errors/error-translator.js';
import { isUnavailable } from './database-unavailable.js';
import { driverErrorOf } from './driver-error.js';
import { violatedFields } from './violated-fields.js';

// Prisma error codes: https://www.prisma.io/docs/orm/reference/error-reference
const UNIQUE_VIOLATION = 'P2002';
const FOREIGN_KEY_VIOLATION = 'P2003';
const RECORD_NOT_FOUND = 'P2025';
// A value too long (P2000), malformed (P2007) or out of range (P2020) for its column.
const INVALID_VALUES = new Set(['P2000', 'P2007', 'P2020']);
// SQLSTATE class 22, data exception (NUL bytes, bad encodings, dates out of range), reported by Prisma as P2039.
const DATA_EXCEPTION = /^22/;

/**
 * Classifies database errors once for every route: unavailable -> 503, constraint -> 409 or 422, a value the
 * request schema let through but the column refuses -> 400, anything else is left to become a 500.
 */
@Injectable()
export class PrismaErrorTranslator extends ErrorTranslator {
  translate(error: unknown): AppError | undefined {
    if (isUnavailable(error)) return new ServiceUnavailableError(undefined, { cause: error });
    if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
    if (error.code === UNIQUE_VIOLATION) {
      return new ConflictError('Resource already exists', details(error, 'is already taken'));
    }
    if (error.code === FOREIGN_KEY_VIOLATION) {
      const message = 'refers to a record that does not exist';
      return new ValidationError('A referenced record does not exist', details(error, message), { status: 422 });
    }
    if (error.code === RECORD_NOT_FOUND) return new NotFoundError();
    if (INVALID_VALUES.has(error.code) || DATA_EXCEPTION.test(driverErrorOf(error)?.originalCode ?? '')) {
      return new ValidationError('A value is too long, out of range or not valid for its field');
    }
    return undefined;
  }
}

function details(error: Prisma.PrismaClientKnownRequestError, message: string) {
  return violatedFields(error).map((field) => ({ field, message }));
}
