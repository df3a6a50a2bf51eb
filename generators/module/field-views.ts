import { constantCase, pascalCase } from 'change-case';
import type { FieldType } from './field-types.js';
import { enumTypeName, type FieldSpec } from './fields.js';
import type { ModuleNames } from './module-names.js';

/** A field with the code fragments the templates print for it. */
export interface FieldView extends FieldSpec {
  Name: string;
  /** Enum fields: the values constant and the union type (`ORDER_STATUSES`, `OrderStatus`). */
  enumConstant?: string;
  enumType?: string;
  /** TypeScript type of the entity property. */
  domainType: string;
  /** zod schema of the value in a create or update body. */
  inputSchema: string;
  /** zod schema of the value in a `?field=value` filter, for queryable fields. */
  filterSchema?: string;
  /** zod schema of the value in a response. */
  outputSchema: string;
  /** Expression turning `entity.<name>` into its JSON form. */
  toJson: string;
  /** A valid value of the entity property, for unit tests. */
  domainSample: string;
  /** A valid JSON value for request bodies in e2e tests, distinct for each `n`. */
  requestSample: string;
  /** A second valid JSON value, different from `requestSample`, for updates. */
  updateSample: string;
  /** A JSON value of the right type that its column cannot hold (NUL, out of range), where one exists. */
  unstorableSample?: string;
  /** The same for a `?field=value` filter, already URL-encoded. */
  unstorableQuery?: string;
  queryable: boolean;
}

type Fragments = Pick<
  FieldView,
  'inputSchema' | 'outputSchema' | 'domainSample' | 'requestSample' | 'updateSample' | 'unstorableSample' | 'unstorableQuery'
> & {
  domainType: string;
  filterSchema?: string;
  /** `value` is replaced by the property access. */
  toJson?: string;
};

const DAY = '86_400_000';
const WITH_NUL = "'a\\u0000b'";

function fragments(field: FieldSpec, enumConstant: string, enumType: string): Fragments {
  const byType: Record<FieldType, () => Fragments> = {
    string: () => ({
      domainType: 'string',
      inputSchema: 'textInput.min(1).max(255)',
      filterSchema: 'textInput.max(255)',
      outputSchema: 'z.string()',
      domainSample: `'${field.name} 1'`,
      requestSample: `\`${field.name} \${n}\``,
      updateSample: `'${field.name} updated'`,
      unstorableSample: WITH_NUL,
      unstorableQuery: "'a%00b'",
    }),
    text: () => ({
      domainType: 'string',
      inputSchema: 'textInput.min(1)',
      filterSchema: 'textInput',
      outputSchema: 'z.string()',
      domainSample: `'${field.name} 1'`,
      requestSample: `\`${field.name} \${n}\``,
      updateSample: `'${field.name} updated'`,
      unstorableSample: WITH_NUL,
      unstorableQuery: "'a%00b'",
    }),
    int: () => ({
      domainType: 'number',
      inputSchema: 'z.int32()',
      filterSchema: 'int32Query',
      outputSchema: 'z.int()',
      domainSample: '42',
      requestSample: 'n',
      updateSample: '-7',
      unstorableSample: '2 ** 31',
      unstorableQuery: "'99999999999'",
    }),
    bigint: () => ({
      domainType: 'bigint',
      inputSchema: 'bigintInput',
      filterSchema: 'bigintInput',
      outputSchema: 'bigintOutput',
      toJson: 'value.toString()',
      domainSample: '9_007_199_254_740_993n',
      requestSample: '`${9_007_199_254_740_993n + BigInt(n)}`',
      updateSample: "'-9007199254740993'",
      unstorableSample: "'9223372036854775808'",
      unstorableQuery: "'9223372036854775808'",
    }),
    float: () => ({
      domainType: 'number',
      inputSchema: 'z.number()',
      filterSchema: 'z.coerce.number()',
      outputSchema: 'z.number()',
      domainSample: '1.5',
      requestSample: 'n + 0.5',
      updateSample: '-2.25',
      unstorableQuery: "'1e999'",
    }),
    decimal: () => ({
      domainType: 'string',
      inputSchema: 'decimalInput',
      filterSchema: 'decimalInput',
      outputSchema: 'decimalOutput',
      domainSample: "'12.5'",
      requestSample: '`${n}.25`',
      updateSample: "'0.125'",
      unstorableSample: '1e308',
      unstorableQuery: "'1e999'",
    }),
    boolean: () => ({
      domainType: 'boolean',
      inputSchema: 'z.boolean()',
      filterSchema: 'z.stringbool()',
      outputSchema: 'z.boolean()',
      domainSample: 'true',
      requestSample: 'true',
      updateSample: 'false',
    }),
    datetime: () => ({
      domainType: 'Date',
      inputSchema: 'dateTimeInput',
      filterSchema: 'dateTimeInput',
      outputSchema: 'z.iso.datetime()',
      toJson: 'value.toISOString()',
      domainSample: "new Date('2026-01-02T03:04:05.000Z')",
      requestSample: `new Date(Date.UTC(2026, 0, 1) + n * ${DAY}).toISOString()`,
      updateSample: "'2030-06-15T12:00:00.000Z'",
      unstorableSample: "'0000-01-01T00:00:00Z'",
      unstorableQuery: "'0000-01-01T00:00:00Z'",
    }),
    date: () => ({
      domainType: 'Date',
      inputSchema: 'dateInput',
      filterSchema: 'dateInput',
      outputSchema: 'z.iso.date()',
      toJson: 'value.toISOString().slice(0, 10)',
      domainSample: "new Date('2026-01-02')",
      requestSample: `new Date(Date.UTC(2026, 0, 1) + n * ${DAY}).toISOString().slice(0, 10)`,
      updateSample: "'2030-06-15'",
      unstorableSample: "'0000-01-01'",
      unstorableQuery: "'0000-01-01'",
    }),
    uuid: () => ({
      domainType: 'string',
      inputSchema: 'z.uuid()',
      filterSchema: 'z.uuid()',
      outputSchema: 'z.uuid()',
      domainSample: "'5f0c6a1e-3b2d-4c8e-9a7f-1d2e3f4a5b6c'",
      requestSample: 'randomUUID()',
      updateSample: "'0b7e7c52-4b8a-4d1e-8f3a-6c5d4e3f2a1b'",
    }),
    json: () => ({
      domainType: 'unknown',
      inputSchema: 'jsonInput',
      outputSchema: 'z.unknown()',
      domainSample: "{ tags: ['a', 'b'] }",
      requestSample: "{ tags: ['a', n] }",
      updateSample: '[1, 2, 3]',
      unstorableSample: `{ key: ${WITH_NUL} }`,
    }),
    enum: () => ({
      domainType: enumType,
      inputSchema: `z.enum(${enumConstant})`,
      filterSchema: `z.enum(${enumConstant})`,
      outputSchema: `z.enum(${enumConstant})`,
      domainSample: `'${field.enumValues[0]}'`,
      requestSample: `'${field.enumValues[0]}'`,
      updateSample: `'${field.enumValues.at(-1)}'`,
    }),
  };
  return byType[field.type]();
}

export function fieldView(field: FieldSpec, names: ModuleNames): FieldView {
  const enumType = field.type === 'enum' ? enumTypeName(names.Singular, field) : undefined;
  const enumConstant = enumType ? `${constantCase(enumType)}_VALUES` : undefined;
  const parts = fragments(field, enumConstant ?? '', enumType ?? '');
  const access = `${names.singularCamel}.${field.name}`;
  const toJson = parts.toJson
    ? field.optional
      ? parts.toJson.replace('value.', `${access}?.`) + ' ?? null'
      : parts.toJson.replace('value', access)
    : access;
  const nullable = field.optional && field.type !== 'json';
  return {
    ...field,
    Name: pascalCase(field.name),
    enumConstant,
    enumType,
    domainType: nullable ? `${parts.domainType} | null` : parts.domainType,
    inputSchema: field.optional ? `${parts.inputSchema}.nullable().optional()` : parts.inputSchema,
    filterSchema: parts.filterSchema ? `${parts.filterSchema}.optional()` : undefined,
    outputSchema: nullable ? `${parts.outputSchema}.nullable()` : parts.outputSchema,
    toJson,
    domainSample: parts.domainSample,
    requestSample: parts.requestSample,
    updateSample: parts.updateSample,
    unstorableSample: parts.unstorableSample,
    unstorableQuery: parts.unstorableQuery,
    queryable: parts.filterSchema !== undefined,
  };
}
