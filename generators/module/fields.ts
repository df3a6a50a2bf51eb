import { camelCase, pascalCase, snakeCase } from 'change-case';
import { reservedWords } from '../../src/options/names.js';
import { GenRequestError } from '../shared/gen-request-error.js';
import { FIELD_TYPES, type FieldType, fieldTypeTraits } from './field-types.js';

export interface FieldSpec {
  /** Property name in TypeScript, the API and Prisma (camelCase). */
  name: string;
  /** Column name in SQL (snake_case). */
  column: string;
  type: FieldType;
  /** Values of an `enum(a|b)` field. */
  enumValues: string[];
  optional: boolean;
  unique: boolean;
  index: boolean;
}

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const ENUM_VALUE = /^[A-Za-z][A-Za-z0-9_]*$/;
const ENUM_TYPE = /^enum\((.*)\)$/;
const MODIFIERS = ['unique', 'index'] as const;

/** Every module already has these, or the list route reads them from the query string. */
const TAKEN_FIELD_NAMES = new Set(['id', 'createdAt', 'updatedAt', 'ownerId', 'owner', 'page', 'limit', 'sort']);

/** Parses `title:string,price:decimal,paid:boolean?,status:enum(draft|paid),email:string:unique`. */
export function parseFields(text: string): FieldSpec[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const fields = entries.map(parseField);
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.name)) throw new GenRequestError(`duplicate field "${field.name}"`);
    seen.add(field.name);
  }
  return fields;
}

export function parseField(entry: string): FieldSpec {
  const [rawName = '', rawType, ...modifiers] = entry.split(':').map((part) => part.trim());
  const name = fieldName(rawName, entry);
  if (!rawType) throw new GenRequestError(`field "${entry}" needs a type, as in "${rawName}:string"`);

  const optional = rawType.endsWith('?');
  const typeText = optional ? rawType.slice(0, -1) : rawType;
  const { type, enumValues } = fieldType(name, typeText);

  for (const modifier of modifiers) {
    if (!(MODIFIERS as readonly string[]).includes(modifier)) {
      throw new GenRequestError(`field "${name}": unknown modifier "${modifier}" (valid: ${MODIFIERS.join(', ')}, and ? after the type)`);
    }
  }
  const unique = modifiers.includes('unique');
  const index = modifiers.includes('index');
  if (unique && index) throw new GenRequestError(`field "${name}": unique already indexes it; use one of unique, index`);
  if (unique && !uniqueable(type)) throw new GenRequestError(`field "${name}": a ${type} field cannot be unique`);
  if (index && type === 'json') throw new GenRequestError(`field "${name}": a json field cannot be indexed`);

  return { name, column: snakeCase(name), type, enumValues, optional, unique, index };
}

function fieldName(rawName: string, entry: string): string {
  if (!FIELD_NAME.test(rawName)) {
    throw new GenRequestError(`field "${entry}": the name must start with a letter and use letters, digits or _`);
  }
  const name = camelCase(rawName);
  if (reservedWords.has(name)) throw new GenRequestError(`field "${rawName}" is a reserved word`);
  if (TAKEN_FIELD_NAMES.has(name)) throw new GenRequestError(`field "${rawName}" is taken: every module has id, createdAt, updatedAt (and ownerId with --owned), and the list route reads page, limit, sort`);
  return name;
}

function fieldType(name: string, typeText: string): { type: FieldType; enumValues: string[] } {
  const enumMatch = ENUM_TYPE.exec(typeText);
  if (enumMatch) return { type: 'enum', enumValues: enumValuesOf(name, enumMatch[1] ?? '') };
  if (typeText !== 'enum' && (FIELD_TYPES as readonly string[]).includes(typeText)) {
    return { type: typeText as FieldType, enumValues: [] };
  }
  const valid = FIELD_TYPES.map((type) => (type === 'enum' ? 'enum(a|b)' : type)).join(', ');
  throw new GenRequestError(`field "${name}": unknown type "${typeText}" (valid: ${valid})`);
}

function enumValuesOf(name: string, list: string): string[] {
  const values = list.split('|').map((value) => value.trim());
  if (values.length === 0 || values.some((value) => !ENUM_VALUE.test(value))) {
    throw new GenRequestError(`field "${name}": enum values must be identifiers separated by |, as in enum(draft|paid)`);
  }
  const duplicate = values.find((value, position) => values.indexOf(value) !== position);
  if (duplicate) throw new GenRequestError(`field "${name}": duplicate enum value "${duplicate}"`);
  return values;
}

function uniqueable(type: FieldType): boolean {
  return type !== 'enum' && fieldTypeTraits[type].uniqueable;
}

/** Prisma enum name for an enum field: the model name plus the field name (`Order` + `status` -> `OrderStatus`). */
export function enumTypeName(modelName: string, field: FieldSpec): string {
  return `${modelName}${pascalCase(field.name)}`;
}
