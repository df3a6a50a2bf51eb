import { describe, expect, it } from 'vitest';
import { parseFields } from '../../generators/module/fields.js';

describe('parseFields', () => {
  it('reads every type, the ? modifier, :unique and :index', () => {
    const fields = parseFields(
      'title:string,notes:text?,qty:int:index,big:bigint,ratio:float,price:decimal,paid:boolean?,at:datetime,on:date,ref:uuid:unique,meta:json,status:enum(draft|paid)',
    );
    expect(fields.map(({ name, type, optional, unique, index }) => [name, type, optional, unique, index])).toEqual([
      ['title', 'string', false, false, false],
      ['notes', 'text', true, false, false],
      ['qty', 'int', false, false, true],
      ['big', 'bigint', false, false, false],
      ['ratio', 'float', false, false, false],
      ['price', 'decimal', false, false, false],
      ['paid', 'boolean', true, false, false],
      ['at', 'datetime', false, false, false],
      ['on', 'date', false, false, false],
      ['ref', 'uuid', false, true, false],
      ['meta', 'json', false, false, false],
      ['status', 'enum', false, false, false],
    ]);
    expect(fields.at(-1)?.enumValues).toEqual(['draft', 'paid']);
  });

  it('camel-cases names and snake-cases columns', () => {
    const [field] = parseFields('customer_email:string:unique');
    expect(field).toMatchObject({ name: 'customerEmail', column: 'customer_email', unique: true });
    expect(parseFields('customerEmail:string')[0]?.column).toBe('customer_email');
  });

  it('accepts an optional enum and spaces around entries', () => {
    expect(parseFields(' kind : enum(a|b)? , ')).toEqual([
      expect.objectContaining({ name: 'kind', type: 'enum', optional: true, enumValues: ['a', 'b'] }),
    ]);
  });

  it.each([
    ['title:money', /field "title": unknown type "money" \(valid: string, text, .*enum\(a\|b\)\)/],
    ['title', /field "title" needs a type/],
    ['title:string,title:text', /duplicate field "title"/],
    ['title:string,Title:text', /duplicate field "title"/],
    ['class:string', /field "class" is a reserved word/],
    ['constructor:string', /reserved word/],
    ['id:uuid', /field "id" is taken/],
    ['createdAt:datetime', /is taken/],
    ['page:int', /is taken/],
    ['1st:string', /must start with a letter/],
    ['status:enum()', /enum values must be identifiers/],
    ['status:enum(a|a)', /duplicate enum value "a"/],
    ['status:enum(a b)', /enum values must be identifiers/],
    ['paid:boolean:unique', /a boolean field cannot be unique/],
    ['meta:json:unique', /a json field cannot be unique/],
    ['meta:json:index', /a json field cannot be indexed/],
    ['title:string:primary', /unknown modifier "primary"/],
    ['title:string:unique:index', /use one of unique, index/],
  ])('refuses %s with one clear line', (spec, message) => {
    let error: Error | undefined;
    try {
      parseFields(spec);
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });
});
