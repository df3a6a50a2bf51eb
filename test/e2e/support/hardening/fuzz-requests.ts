import { type JsonSchema, sampleOf, type SchemaResolver } from './json-schema-sample.js';
import {
  NASTY_BODIES,
  NASTY_JSON,
  NASTY_PATH_SEGMENTS,
  NASTY_QUERY_VALUES,
  NASTY_STRINGS,
  randomJsonValues,
  type RawJson,
} from './nasty-values.js';

interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header';
  schema?: JsonSchema;
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
  security?: unknown[];
}

/** One request of the fuzz run: the path and query as sent (already encoded) and the body text. */
export interface FuzzRequest {
  method: string;
  target: string;
  body?: string;
  /** What was changed, for the failure report. */
  mutation: string;
}

/** What a route needs to be reached at all: real ids for its path. */
export type PathValues = (template: string) => Record<string, string>;

/**
 * Every mutation of one operation: each nasty value in each body field, each query parameter and the path id, whole
 * bodies that are not objects, and `randomCount` random values per field from the seed.
 */
export function fuzzRequests(
  method: string,
  template: string,
  operation: OpenApiOperation,
  resolve: SchemaResolver,
  pathValues: PathValues,
  { seed, randomCount }: { seed: number; randomCount: number },
): FuzzRequest[] {
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  // Fresh for every request, so unique columns do not turn every later mutation into a 409.
  const validBody = () => (bodySchema ? (sampleOf(bodySchema, resolve) as Record<string, unknown>) : undefined);
  const pathParameters = pathValues(template);
  const path = (overrides: Record<string, string> = {}) =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => overrides[name] ?? encodeURIComponent(pathParameters[name] ?? ''));
  const validText = () => (bodySchema ? toJsonText(validBody()) : undefined);
  const request = (mutation: string, target: string, body = validText()): FuzzRequest => ({ method, target, body, mutation });

  const requests: FuzzRequest[] = [request('none', path())];
  if (bodySchema) {
    const fields = Object.keys(resolve(bodySchema).properties ?? {});
    const random = randomJsonValues(seed, randomCount * Math.max(fields.length, 1));
    for (const [index, field] of [...fields, '__unknown__'].entries()) {
      const values = [...NASTY_JSON, ...random.slice(index * randomCount, (index + 1) * randomCount)];
      for (const value of values) {
        requests.push(request(`${field} = ${describeValue(value)}`, path(), toJsonText({ ...validBody(), [field]: value })));
      }
    }
    for (const body of NASTY_BODIES) requests.push(request(`body ${describeValue(body)}`, path(), body));
  }
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in === 'query') {
      const values = [...NASTY_STRINGS.map(encodeQueryValue), ...NASTY_QUERY_VALUES];
      for (const value of values) {
        requests.push(request(`?${parameter.name}=${describeValue(value)}`, `${path()}?${parameter.name}=${value}`));
      }
      requests.push(request(`?${parameter.name} twice`, `${path()}?${parameter.name}=1&${parameter.name}=2`));
    }
    if (parameter.in === 'path') {
      const segments = [...NASTY_STRINGS.map(encodeQueryValue), ...NASTY_PATH_SEGMENTS];
      for (const segment of segments) {
        requests.push(request(`{${parameter.name}} = ${describeValue(segment)}`, path({ [parameter.name]: segment })));
      }
    }
  }
  return requests;
}

/** JSON text with RawJson values spliced in as written. */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const marker = (index: number) => `"\u{10FFFF}raw${index}\u{10FFFF}"`;
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (isRaw(item)) {
      raws.push(item.raw);
      return `\u{10FFFF}raw${raws.length - 1}\u{10FFFF}`;
    }
    return item;
  });
  return raws.reduce((result, raw, index) => result.replace(marker(index), raw), text);
}

function isRaw(value: unknown): value is RawJson {
  return typeof value === 'object' && value !== null && 'raw' in value && Object.keys(value).length === 1;
}

// Lone surrogates cannot be percent-encoded as UTF-8: send the bytes a careless client would (CESU-8).
function encodeQueryValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function describeValue(value: unknown): string {
  const text = isRaw(value) ? value.raw : typeof value === 'string' ? JSON.stringify(value) : toJsonText(value);
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length} chars)` : text;
}
