import fc from 'fast-check';

/** A value spliced into a JSON body as written, for what JSON.stringify cannot produce (1e400, -0). */
export interface RawJson {
  raw: string;
}

const deepArray = (depth: number) => ({ raw: `${'['.repeat(depth)}${']'.repeat(depth)}` });
const deepObject = (depth: number) => ({ raw: `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` });

/** Strings a column or a parser may choke on: NUL and control characters, lone surrogates, lengths, look-alikes. */
export const NASTY_STRINGS = [
  'a\u0000b',
  '\u0000',
  '\u0001\u0008\u001f\u007f',
  '\ud800',
  'x\udfffy',
  '\u202e\u200b\ufeff',
  '😀'.repeat(200),
  'x'.repeat(256),
  'x'.repeat(100_000),
  '',
  ' ',
  "' OR 1=1 --",
  '%00',
  '1e999',
  '-1e999',
  'NaN',
  'Infinity',
  '99999999999999999999999999999999999999.5',
  '0.0000000000000000000000000000000001',
  '9223372036854775808',
  '0000-01-01',
  '-000001-01-01',
  '275760-09-13',
  '+275760-09-13T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '2026-02-30',
  '2026-01-01T25:00:00Z',
  '00000000-0000-0000-0000-000000000000',
];

/** JSON values of every kind at and past the edges of the columns behind them, RawJson ones among them. */
export const NASTY_JSON: unknown[] = [
  ...NASTY_STRINGS,
  null,
  true,
  [],
  {},
  { '\u0000': 1 },
  { nested: 'a\u0000b' },
  { raw: '1e308' },
  { raw: '-1e308' },
  { raw: '1e400' },
  { raw: '-1e400' },
  { raw: '1e-400' },
  { raw: '-0' },
  { raw: '2147483648' },
  { raw: '-2147483649' },
  { raw: '9007199254740993' },
  { raw: '9223372036854775808' },
  { raw: '123456789012345678901234567890123456789' },
  { raw: '0.1234567890123456789012345678901234567890' },
  deepArray(2_000),
  deepObject(2_000),
  deepArray(64),
  Array.from({ length: 10_000 }, (_, index) => index),
];

/** Whole bodies that are not the object a route expects. */
export const NASTY_BODIES = [
  '[]',
  '"text"',
  '1',
  'null',
  '{',
  '{"a":',
  '{"a":1,}',
  '\u0000',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  deepArray(10_000).raw,
  deepObject(10_000).raw,
];

/** Raw (already percent-encoded) query values, malformed encodings included. */
export const NASTY_QUERY_VALUES = [
  '%',
  '%zz',
  '%ff%fe',
  '%00',
  'a%00b',
  '%C0%80',
  '%ED%A0%80',
  '1e20',
  '1e999',
  '-1',
  '0',
  '99999999999999999999',
  '2147483648',
  ',,,',
  '-',
  'x'.repeat(5_000),
];

/** Raw path segments in place of an id. */
export const NASTY_PATH_SEGMENTS = ['%ff', '%', '%zz', 'a%00b', '..%2f..%2f', '%2e%2e', 'x'.repeat(3_000), '1e999', '-1', 'null'];

/** Random values on top of the fixed ones, the same for a given seed. */
export function randomJsonValues(seed: number, count: number): unknown[] {
  const value = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.double(),
    fc.integer(),
    fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map((big) => ({ raw: big.toString() })),
    fc.jsonValue({ maxDepth: 3 }),
    fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  );
  return fc.sample(value, { seed, numRuns: count });
}
