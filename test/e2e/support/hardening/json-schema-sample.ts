import { randomUUID } from 'node:crypto';

/** The parts of an OpenAPI 3 / JSON Schema the generated documents use. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
  default?: unknown;
}

export type SchemaResolver = (schema: JsonSchema) => JsonSchema;

/** Follows `#/components/schemas/X` references of `document`. */
export function schemaResolver(document: { components?: { schemas?: Record<string, JsonSchema> } }): SchemaResolver {
  const resolve: SchemaResolver = (schema) => {
    if (!schema.$ref) return schema;
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved reference ${schema.$ref}`);
    return resolve(target);
  };
  return resolve;
}

/** A value the schema accepts: the smallest sensible one, unique where a unique column may be behind it. */
export function sampleOf(schema: JsonSchema, resolve: SchemaResolver, name = ''): unknown {
  const resolved = resolve(schema);
  const alternatives = resolved.anyOf ?? resolved.oneOf;
  if (alternatives?.length) return sampleOf(alternatives[0]!, resolve, name);
  if (resolved.allOf?.length) return sampleOf(resolved.allOf[0]!, resolve, name);
  if (resolved.enum?.length) return resolved.enum[0];
  switch (resolved.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(resolved.properties ?? {}).map(([key, property]) => [key, sampleOf(property, resolve, key)]),
      );
    case 'array':
      return resolved.items ? [sampleOf(resolved.items, resolve, name)] : [];
    case 'integer':
      return Math.max(resolved.minimum ?? 1, Math.min(1, resolved.maximum ?? 1));
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'string':
      return stringSample(resolved, name);
    default:
      return { note: 'any JSON value' };
  }
}

function stringSample(schema: JsonSchema, name: string): string {
  switch (schema.format) {
    case 'uuid':
      return randomUUID();
    case 'email':
      return `fuzz-${randomUUID()}@example.com`;
    case 'date':
      return '2026-01-31';
    case 'date-time':
      return '2026-01-31T12:00:00.000Z';
    default: {
      if (/email/i.test(name)) return `fuzz-${randomUUID()}@example.com`;
      const text = `${name || 'text'}-${randomUUID().slice(0, 8)}`.padEnd(schema.minLength ?? 1, 'x');
      if (!schema.pattern) return text;
      const pattern = new RegExp(schema.pattern);
      return [text, '12.50', '1', 'a'].find((candidate) => pattern.test(candidate)) ?? text;
    }
  }
}
