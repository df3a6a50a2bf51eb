import { z } from 'zod';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const INTEGER = /^-?\d{1,19}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A 64-bit integer: a string in JSON (or a safe integer), because JSON numbers lose digits past 2^53. */
export const bigintInput = z
  .union([z.int(), z.string().regex(INTEGER, 'Expected an integer')])
  .transform((value) => BigInt(value))
  .pipe(z.bigint().min(INT64_MIN).max(INT64_MAX));
export const bigintOutput = z.string().regex(INTEGER).meta({ description: '64-bit integer, as a string' });

/** An exact decimal: a string in JSON (or a number), stored without rounding. */
export const decimalInput = z
  .union([z.number(), z.string().regex(DECIMAL, 'Expected a decimal number')])
  .transform((value) => String(value));
export const decimalOutput = z.string().regex(DECIMAL).meta({ description: 'Exact decimal, as a string' });

export const dateTimeInput = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
export const dateInput = z.iso.date().transform((value) => new Date(value));

/** Any JSON value except null, which would be indistinguishable from "no value". */
export const jsonInput = z.json().refine((value) => value !== null, 'Expected a JSON value other than null');
