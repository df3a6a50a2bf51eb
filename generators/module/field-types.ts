/** The field types `--fields` accepts, and what each becomes in Prisma, SQL, TypeScript and the HTTP API. */
export const FIELD_TYPES = [
  'string',
  'text',
  'int',
  'bigint',
  'float',
  'decimal',
  'boolean',
  'datetime',
  'date',
  'uuid',
  'json',
  'enum',
] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldTypeTraits {
  /** Prisma scalar type and native-type attribute. */
  prisma: string;
  prismaNative?: string;
  /** Column type as `prisma migrate` writes it. */
  sql: string;
  /** TypeScript type of the domain entity's property. */
  domain: string;
  /** How the API carries it in JSON (decimal and bigint travel as strings to keep every digit). */
  json: 'string' | 'number' | 'boolean' | 'json';
  /** Usable in `?field=value` filters and `sort=`. */
  queryable: boolean;
  /** A unique constraint makes sense for it. */
  uniqueable: boolean;
}

export const fieldTypeTraits: Record<Exclude<FieldType, 'enum'>, FieldTypeTraits> = {
  string: { prisma: 'String', prismaNative: '@db.VarChar(255)', sql: 'VARCHAR(255)', domain: 'string', json: 'string', queryable: true, uniqueable: true },
  text: { prisma: 'String', sql: 'TEXT', domain: 'string', json: 'string', queryable: true, uniqueable: true },
  int: { prisma: 'Int', sql: 'INTEGER', domain: 'number', json: 'number', queryable: true, uniqueable: true },
  bigint: { prisma: 'BigInt', sql: 'BIGINT', domain: 'bigint', json: 'string', queryable: true, uniqueable: true },
  float: { prisma: 'Float', sql: 'DOUBLE PRECISION', domain: 'number', json: 'number', queryable: true, uniqueable: true },
  decimal: { prisma: 'Decimal', sql: 'DECIMAL(65,30)', domain: 'string', json: 'string', queryable: true, uniqueable: true },
  boolean: { prisma: 'Boolean', sql: 'BOOLEAN', domain: 'boolean', json: 'boolean', queryable: true, uniqueable: false },
  datetime: { prisma: 'DateTime', sql: 'TIMESTAMP(3)', domain: 'Date', json: 'string', queryable: true, uniqueable: true },
  date: { prisma: 'DateTime', prismaNative: '@db.Date', sql: 'DATE', domain: 'Date', json: 'string', queryable: true, uniqueable: true },
  uuid: { prisma: 'String', prismaNative: '@db.Uuid', sql: 'UUID', domain: 'string', json: 'string', queryable: true, uniqueable: true },
  json: { prisma: 'Json', sql: 'JSONB', domain: 'unknown', json: 'json', queryable: false, uniqueable: false },
};
