import type { FieldSpec } from './fields.js';
import { enumTypeName } from './fields.js';
import { fieldTypeTraits } from './field-types.js';
import type { ModuleNames } from './module-names.js';

export interface MigrationOptions {
  fields: FieldSpec[];
  owned: boolean;
  ownerRelation: boolean;
  /** The users table, for the owner's foreign key. */
  usersTable: string;
}

function columnType(field: FieldSpec, names: ModuleNames): string {
  return field.type === 'enum' ? `"${enumTypeName(names.Singular, field)}"` : fieldTypeTraits[field.type].sql;
}

/** The SQL `prisma migrate dev` writes for the module's model, with Prisma's names for every constraint and index. */
export function migrationSql(names: ModuleNames, { fields, owned, ownerRelation, usersTable }: MigrationOptions): string {
  const { table } = names;
  const steps: string[] = [];

  for (const field of fields.filter((candidate) => candidate.type === 'enum')) {
    const values = field.enumValues.map((value) => `'${value}'`).join(', ');
    steps.push(`-- CreateEnum\nCREATE TYPE "${enumTypeName(names.Singular, field)}" AS ENUM (${values});`);
  }

  const columns = [
    '"id" UUID NOT NULL',
    ...(owned ? ['"owner_id" UUID NOT NULL'] : []),
    ...fields.map((field) => `"${field.column}" ${columnType(field, names)}${field.optional ? '' : ' NOT NULL'}`),
    '"created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP',
    '"updated_at" TIMESTAMP(3) NOT NULL',
  ];
  const body = [...columns.map((column) => `    ${column},`), '', `    CONSTRAINT "${table}_pkey" PRIMARY KEY ("id")`];
  steps.push(`-- CreateTable\nCREATE TABLE "${table}" (\n${body.join('\n')}\n);`);

  for (const field of fields.filter((candidate) => candidate.unique)) {
    steps.push(`-- CreateIndex\nCREATE UNIQUE INDEX "${table}_${field.column}_key" ON "${table}"("${field.column}");`);
  }
  const indexed = [...(owned ? ['owner_id'] : []), ...fields.filter((field) => field.index).map((field) => field.column)];
  for (const column of indexed) {
    steps.push(`-- CreateIndex\nCREATE INDEX "${table}_${column}_idx" ON "${table}"("${column}");`);
  }

  if (owned && ownerRelation) {
    steps.push(
      `-- AddForeignKey\nALTER TABLE "${table}" ADD CONSTRAINT "${table}_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "${usersTable}"("id") ON DELETE CASCADE ON UPDATE CASCADE;`,
    );
  }
  return `${steps.join('\n\n')}\n`;
}
