import { z } from 'zod';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const INTEGER = /^-?\d{1,19}$/;
// DECIMAL(65,30): 35 digits before the point, 30 after.
const DECIMAL = /^-?\d{1,35}(\.\d{1,30})?$/;
const DECIMAL_BOUND = 1e35;
// PostgreSQL reads neither year 0 nor years past 9999 in the form the driver writes dates.
const EARLIEST = new Date('0001-01-01T00:00:00.000Z');
const LATEST = new Date('9999-12-31T23:59:59.999Z');
const MAX_JSON_DEPTH = 64;
const NUL = '\u0000';
// A surrogate not paired with another: no UTF-8 encoding exists for it, so PostgreSQL refuses it in jsonb and
// the driver would silently replace it in text.
const LONE_SURROGATE = /\p{Cs}/u;

/** Text PostgreSQL can store: `text`, `varchar` and `jsonb` refuse the NUL character and unpaired surrogates. */
export const textInput = z
  .string()
  // eslint-disable-next-line no-control-regex -- NUL is the one character refused.
  .regex(/^[^\u0000]*$/, 'Must not contain NUL characters')
  .refine((text) => !LONE_SURROGATE.test(text), 'Must be valid Unicode text');

/** `?quantity=12`: a 32-bit integer from a query string. */
export const int32Query = z.coerce.number().int().min(INT32_MIN).max(INT32_MAX);

/** A 64-bit integer: a string in JSON (or a safe integer), because JSON numbers lose digits past 2^53. */
export const bigintInput = z
  .union([z.int(), z.string().regex(INTEGER, 'Expected an integer')])
  .transform((value) => BigInt(value))
  .pipe(z.bigint().min(INT64_MIN).max(INT64_MAX));
export const bigintOutput = z.string().regex(INTEGER).meta({ description: '64-bit integer, as a string' });

/** An exact decimal: a string in JSON (or a number), stored without rounding. */
export const decimalInput = z
  .union([
    z.number().gt(-DECIMAL_BOUND).lt(DECIMAL_BOUND),
    z.string().regex(DECIMAL, 'Expected a decimal number with at most 35 digits before the point and 30 after'),
  ])
  .transform((value) => String(value));
export const decimalOutput = z.string().regex(DECIMAL).meta({ description: 'Exact decimal, as a string' });

const storableDate = z
  .date()
  .min(EARLIEST, 'Expected a date from year 1 to 9999')
  .max(LATEST, 'Expected a date from year 1 to 9999');
export const dateTimeInput = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value))
  .pipe(storableDate);
export const dateInput = z.iso
  .date()
  .transform((value) => new Date(value))
  .pipe(storableDate);

/** Any JSON value except null, which would be indistinguishable from "no value"; bounded so that checking it cannot exhaust the stack. */
export const jsonInput = z
  .preprocess((value, context) => {
    const problem = storableJsonProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem.message, path: problem.path, input: value });
    return value;
  }, z.json())
  .refine((value) => value !== null, 'Expected a JSON value other than null')
  .meta({
    description: `Any JSON value but null, nested at most ${MAX_JSON_DEPTH} levels deep, without NUL characters or unpaired surrogates`,
  });

interface JsonProblem {
  message: string;
  path: PropertyKey[];
}

interface JsonNode {
  value: unknown;
  depth: number;
  key?: PropertyKey;
  parent?: JsonNode;
}

/** Walks the value without recursion, since its depth is what is being checked. */
function storableJsonProblem(value: unknown): JsonProblem | undefined {
  const pending: JsonNode[] = [{ value, depth: 0 }];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (typeof node.value === 'string' && unstorable(node.value)) return textProblem(node);
    if (typeof node.value !== 'object' || node.value === null) continue;
    if (node.depth === MAX_JSON_DEPTH) {
      return { message: `Must not be nested more than ${MAX_JSON_DEPTH} levels deep`, path: [] };
    }
    const isArray = Array.isArray(node.value);
    for (const [key, item] of Object.entries(node.value as Record<string, unknown>)) {
      const child: JsonNode = { value: item, depth: node.depth + 1, key: isArray ? Number(key) : key, parent: node };
      if (unstorable(key)) return textProblem(child);
      pending.push(child);
    }
  }
  return undefined;
}

function unstorable(text: string): boolean {
  return text.includes(NUL) || LONE_SURROGATE.test(text);
}

function textProblem(node: JsonNode): JsonProblem {
  const path: PropertyKey[] = [];
  for (let at: JsonNode | undefined = node; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return { message: 'Must not contain NUL characters or unpaired surrogates', path };
}
