import type { OpenAPIObject } from '@nestjs/swagger';

// How zod writes `null` for OpenAPI 3.0, which has no null type.
const NULL_SCHEMA = { type: 'string', nullable: true, enum: [null] };

/**
 * OpenAPI 3.0 ignores `nullable` without a `type` beside it, which zod writes for a nullable union or reference
 * (`anyOf`, `allOf`): such a schema becomes `anyOf: [schema, null]`, which means the same and is valid.
 */
export function withTypedNullables(document: OpenAPIObject): OpenAPIObject {
  return rewrite(document) as OpenAPIObject;
}

function rewrite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrite);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, item]) => [key, rewrite(item)] as const);
  const schema = Object.fromEntries(entries) as Record<string, unknown>;
  if (schema.nullable !== true || 'type' in schema) return schema;
  const { description, ...rest } = schema;
  delete rest.nullable;
  return { ...(description === undefined ? {} : { description }), anyOf: [rest, NULL_SCHEMA] };
}
