import { camelCase } from 'change-case';
import { type FieldView, fieldView } from './field-views.js';
import type { FieldSpec } from './fields.js';
import { type ModuleLayout, SHARED_FILES, SLICE_ROLES, type SliceRole } from './layouts.js';
import type { ModuleNames } from './module-names.js';

export interface ModuleSpec {
  names: ModuleNames;
  fields: FieldSpec[];
  owned: boolean;
  /** The project has JWT auth: routes need a token and tests sign in. */
  auth: boolean;
}

/** `domain/repository.port` -> `repositoryPort`: the key templates use in `paths`. */
function pathKey(role: SliceRole): string {
  return camelCase(role.slice(role.indexOf('/') + 1));
}

const FIELD_SCHEMA_IMPORTS: Partial<Record<FieldSpec['type'], string[]>> = {
  string: ['textInput'],
  text: ['textInput'],
  int: ['int32Query'],
  bigint: ['bigintInput', 'bigintOutput'],
  decimal: ['decimalInput', 'decimalOutput'],
  datetime: ['dateTimeInput'],
  date: ['dateInput'],
  json: ['jsonInput'],
};

/** Everything the slice templates print, except `filePath`, which the render adds per file. */
export function moduleTemplateData(spec: ModuleSpec, layout: ModuleLayout): Record<string, unknown> {
  const { names, owned, auth } = spec;
  const fields: FieldView[] = spec.fields.map((field) => fieldView(field, names));
  const slice = layout.slice(names);
  const paths: Record<string, string> = {};
  for (const role of SLICE_ROLES) paths[pathKey(role)] = slice[role];
  for (const file of SHARED_FILES) paths[file] = layout.shared[file];

  const queryableFields = fields.filter((field) => field.queryable);
  const validatableFields = fields.filter((field) => field.type !== 'json');
  const unstorableFields = fields.filter((field) => field.unstorableSample !== undefined);
  const fieldSchemaImports = [...new Set(fields.flatMap((field) => FIELD_SCHEMA_IMPORTS[field.type] ?? []))].sort();
  return {
    names,
    fields,
    owned,
    auth,
    paths,
    firstField: fields[0],
    enumFields: fields.filter((field) => field.type === 'enum'),
    decimalFields: fields.filter((field) => field.type === 'decimal'),
    jsonFields: fields.filter((field) => field.type === 'json'),
    requiredFields: fields.filter((field) => !field.optional),
    queryableFields,
    filterField: queryableFields[0],
    validatableFields,
    validatableFieldNames: validatableFields.map((field) => field.name).sort(),
    unstorableFields,
    unstorableFieldNames: unstorableFields.map((field) => field.name).sort(),
    unstorableFilters: queryableFields.filter((field) => field.unstorableQuery !== undefined),
    fieldSchemaImports,
  };
}
