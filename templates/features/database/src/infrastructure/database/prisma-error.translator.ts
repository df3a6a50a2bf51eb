import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import {
  type AppError,
  ConflictError,
  NotFoundError,
  ServiceUnavailableError,
} from '../../shared/errors/app-error.js';
import { ErrorTranslator } from '../../shared/errors/error-translator.js';

// Prisma error codes: https://www.prisma.io/docs/orm/reference/error-reference
const UNIQUE_VIOLATION = 'P2002';
const RECORD_NOT_FOUND = 'P2025';
const UNREACHABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const CONNECTION_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03']);

@Injectable()
export class PrismaErrorTranslator extends ErrorTranslator {
  translate(error: unknown): AppError | undefined {
    if (error instanceof Prisma.PrismaClientKnownRequestError) {
      if (error.code === UNIQUE_VIOLATION) return new ConflictError('Resource already exists', uniqueFields(error));
      if (error.code === RECORD_NOT_FOUND) return new NotFoundError();
      if (UNREACHABLE.has(error.code)) return new ServiceUnavailableError(undefined, { cause: error });
    }
    if (error instanceof Prisma.PrismaClientInitializationError || isConnectionFailure(error)) {
      return new ServiceUnavailableError(undefined, { cause: error });
    }
    return undefined;
  }
}

function uniqueFields(error: Prisma.PrismaClientKnownRequestError): { field: string; message: string }[] {
  return violatedFields(error.meta).map((field) => ({ field, message: 'is already taken' }));
}

interface UniqueViolationMeta {
  target?: unknown;
  driverAdapterError?: { cause?: { table?: string; constraint?: { fields?: unknown; index?: string } } };
}

// Driver adapters report either the columns or the index; Prisma names unique indexes `<table>_<columns>_key`.
function violatedFields(meta: unknown): string[] {
  const { target, driverAdapterError } = (meta ?? {}) as UniqueViolationMeta;
  const cause = driverAdapterError?.cause;
  const fields = cause?.constraint?.fields ?? target;
  if (Array.isArray(fields)) return fields.filter((field): field is string => typeof field === 'string');
  const index = cause?.constraint?.index;
  const prefix = `${cause?.table ?? ''}_`;
  if (index?.startsWith(prefix) && index.endsWith('_key')) return [index.slice(prefix.length, -'_key'.length)];
  return [];
}

function isConnectionFailure(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_FAILURES.has(code)) return true;
    const kind = (current as { cause?: { kind?: unknown } }).cause?.kind;
    if (kind === 'DatabaseNotReachable' || kind === 'ConnectionClosed' || kind === 'SocketTimeout') return true;
  }
  return false;
}
