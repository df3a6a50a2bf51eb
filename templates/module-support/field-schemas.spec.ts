import { describe, expect, it } from 'vitest';
import {
  bigintInput,
  dateInput,
  dateTimeInput,
  decimalInput,
  int32Query,
  jsonInput,
  textInput,
} from './field-schemas.js';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

describe('field schemas', () => {
  it('refuse NUL and unpaired surrogates in text, which PostgreSQL cannot store', () => {
    expect(textInput.safeParse('a\u0000b').success).toBe(false);
    expect(textInput.safeParse('a\ud800b').success).toBe(false);
    expect(textInput.safeParse('line\nbreak\ttab 😀').success).toBe(true);
  });

  it('accept decimals that fit DECIMAL(65,30) and refuse the others', () => {
    expect(decimalInput.parse(`-${'9'.repeat(35)}.${'9'.repeat(30)}`)).toBe(`-${'9'.repeat(35)}.${'9'.repeat(30)}`);
    expect(decimalInput.parse(12.5)).toBe('12.5');
    expect(decimalInput.safeParse('1'.repeat(36)).success).toBe(false);
    expect(decimalInput.safeParse(`0.${'1'.repeat(31)}`).success).toBe(false);
    expect(decimalInput.safeParse(1e308).success).toBe(false);
    expect(decimalInput.safeParse('1e3').success).toBe(false);
  });

  it('keep integers within their column', () => {
    expect(int32Query.parse('-2147483648')).toBe(-(2 ** 31));
    expect(int32Query.safeParse('2147483648').success).toBe(false);
    expect(bigintInput.parse('9223372036854775807')).toBe(2n ** 63n - 1n);
    expect(bigintInput.safeParse('9223372036854775808').success).toBe(false);
  });

  it('accept dates from year 1 to 9999 only, after the offset is applied', () => {
    expect(dateInput.parse('0001-01-01')).toEqual(new Date('0001-01-01T00:00:00.000Z'));
    expect(dateInput.safeParse('0000-12-31').success).toBe(false);
    expect(dateTimeInput.parse('9999-12-31T23:59:59.999Z')).toEqual(new Date('9999-12-31T23:59:59.999Z'));
    expect(dateTimeInput.safeParse('0001-01-01T00:30:00+01:00').success).toBe(false);
    expect(dateTimeInput.safeParse('9999-12-31T23:30:00-01:00').success).toBe(false);
  });

  it('refuse NUL and unpaired surrogates anywhere in JSON, naming where it is', () => {
    const result = jsonInput.safeParse({ list: [{ ok: 'yes' }, { bad: 'a\u0000b' }] });

    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['list', 1, 'bad']]);
    expect(jsonInput.safeParse({ 'key\u0000': 1 }).success).toBe(false);
    expect(jsonInput.safeParse({ text: 'x\udfffy' }).success).toBe(false);
    expect(jsonInput.safeParse({ text: '😀' }).success).toBe(true);
  });

  it('bound the nesting of JSON without exhausting the stack on deeper input', () => {
    expect(jsonInput.safeParse(nested(64)).success).toBe(true);
    expect(jsonInput.safeParse(nested(65)).success).toBe(false);
    expect(jsonInput.safeParse(nested(500_000)).success).toBe(false);
  });

  it('refuse null and values JSON cannot carry', () => {
    expect(jsonInput.safeParse(null).success).toBe(false);
    expect(jsonInput.safeParse({ value: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(jsonInput.parse({ tags: ['a', 1, true, null] })).toEqual({ tags: ['a', 1, true, null] });
  });
});
