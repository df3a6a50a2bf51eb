import type { FieldSpec } from './fields.js';
import { fieldTypeTraits } from './field-types.js';
import type { ModuleNames } from './module-names.js';
import { enumTypeName } from './fields.js';

interface ModelLine {
  name: string;
  type: string;
  attributes: string[];
}

function mapped(name: string, column: string): string[] {
  return name === column ? [] : [`@map("${column}")`];
}

function fieldLine(field: FieldSpec, names: ModuleNames): ModelLine {
  const optional = field.optional ? '?' : '';
  if (field.type === 'enum') {
    return { name: field.name, type: `${enumTypeName(names.Singular, field)}${optional}`, attributes: [...(field.unique ? ['@unique'] : []), ...mapped(field.name, field.column)] };
  }
  const traits = fieldTypeTraits[field.type];
  return {
    name: field.name,
    type: `${traits.prisma}${optional}`,
    attributes: [
      ...(field.unique ? ['@unique'] : []),
      ...mapped(field.name, field.column),
      ...(traits.prismaNative ? [traits.prismaNative] : []),
    ],
  };
}

/** Lines aligned in columns, as `prisma format` writes them. */
export function alignFields(lines: ModelLine[], indent = '  '): string[] {
  const nameWidth = Math.max(...lines.map((line) => line.name.length));
  const typeWidth = Math.max(...lines.map((line) => line.type.length));
  return lines.map((line) => {
    if (line.attributes.length === 0) return `${indent}${line.name.padEnd(nameWidth)} ${line.type}`;
    return `${indent}${line.name.padEnd(nameWidth)} ${line.type.padEnd(typeWidth)} ${line.attributes.join(' ')}`;
  });
}

export interface ModelOptions {
  fields: FieldSpec[];
  owned: boolean;
  /** Owned records reference User with a relation (and a foreign key). */
  ownerRelation: boolean;
}

/** The module's Prisma schema file: its enums and its model, mapped to snake_case columns and a plural table. */
export function prismaModel(names: ModuleNames, { fields, owned, ownerRelation }: ModelOptions): string {
  const enums = fields
    .filter((field) => field.type === 'enum')
    .map((field) => `enum ${enumTypeName(names.Singular, field)} {\n${field.enumValues.map((value) => `  ${value}`).join('\n')}\n}\n`);

  const lines: ModelLine[] = [
    { name: 'id', type: 'String', attributes: ['@id', '@default(uuid())', '@db.Uuid'] },
    ...(owned ? [{ name: 'ownerId', type: 'String', attributes: ['@map("owner_id")', '@db.Uuid'] }] : []),
    ...fields.map((field) => fieldLine(field, names)),
    { name: 'createdAt', type: 'DateTime', attributes: ['@default(now())', '@map("created_at")'] },
    { name: 'updatedAt', type: 'DateTime', attributes: ['@updatedAt', '@map("updated_at")'] },
    ...(owned && ownerRelation ? [{ name: 'owner', type: 'User', attributes: ['@relation(fields: [ownerId], references: [id], onDelete: Cascade)'] }] : []),
  ];
  const blockAttributes = [
    ...(owned ? ['@@index([ownerId])'] : []),
    ...fields.filter((field) => field.index).map((field) => `@@index([${field.name}])`),
    `@@map("${names.table}")`,
  ];
  const model = `model ${names.Singular} {\n${alignFields(lines).join('\n')}\n\n${blockAttributes.map((line) => `  ${line}`).join('\n')}\n}\n`;
  return [...enums, model].join('\n');
}
