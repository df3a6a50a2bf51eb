import type {
  HeaderObject,
  OpenAPIObject,
  OperationObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger';
import { z } from 'zod';
import { ERROR_CODES } from '../../shared/errors/error-code.js';
import { mapOperations } from './map-operations.js';

const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(z.object({ field: z.string(), message: z.string() })),
    request_id: z.string(),
  }),
});

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid body, query or path (VALIDATION_ERROR, `details` names each field), or an unparseable request (BAD_REQUEST)',
  401: 'Missing, invalid or expired access token, or bad credentials (UNAUTHORIZED)',
  403: 'Authenticated, but without the role this needs (FORBIDDEN)',
  404: 'No such resource (NOT_FOUND)',
  409: 'Conflicts with an existing resource (CONFLICT)',
  413: 'The body is over the limit (PAYLOAD_TOO_LARGE)',
  415: 'The body is not JSON (UNSUPPORTED_MEDIA_TYPE)',
  422: 'Refers to a record that does not exist (VALIDATION_ERROR)',
  429: 'Over the rate limit: retry after `Retry-After` seconds (RATE_LIMITED)',
  500: 'An unexpected error (INTERNAL_ERROR)',
  502: 'A service answered outside its contract (BAD_GATEWAY)',
  503: 'A dependency is down or reconnecting, or the server is shutting down: retry after `Retry-After` seconds (SERVICE_UNAVAILABLE)',
  504: 'A service did not answer in time (UPSTREAM_TIMEOUT)',
};

const REQUEST_ID: HeaderObject = {
  description: 'The request id: the one sent in `X-Request-Id` if valid, else a fresh one; also in the error body',
  schema: { type: 'string' },
};
const RETRY_AFTER: HeaderObject = { description: 'Seconds to wait before trying again', schema: { type: 'integer' } };
const RETRY_STATUSES = new Set(['429', '503']);

export interface ErrorResponseRules {
  /** Routes under /api count against a rate limit. */
  rateLimited: boolean;
  /** Routes under /api call other services (a gateway). */
  upstream: boolean;
}

/**
 * Adds to every operation the error responses the app's shared layers can answer it with (validation, auth, the
 * body parser, rate limit, dependencies, the drain), next to those its controller declares, all as the error
 * envelope with the `X-Request-Id` header.
 */
export function withErrorResponses(document: OpenAPIObject, rules: ErrorResponseRules): OpenAPIObject {
  const errorEnvelope = z.toJSONSchema(errorEnvelopeSchema, { target: 'openapi-3.0' }) as SchemaObject;
  const components = document.components ?? {};
  return {
    ...document,
    paths: mapOperations(document.paths, (operation, path) => withErrors(path, operation, rules)),
    components: {
      ...components,
      schemas: { ...components.schemas, ErrorEnvelope: errorEnvelope },
      headers: { ...components.headers, RequestId: REQUEST_ID, RetryAfter: RETRY_AFTER },
    },
  };
}

function withErrors(path: string, operation: OperationObject, rules: ErrorResponseRules): OperationObject {
  const api = path.startsWith('/api/');
  const statuses = [
    ...Object.keys(operation.responses),
    ...(operation.requestBody || operation.parameters?.length ? ['400'] : []),
    ...(operation.security?.length ? ['401'] : []),
    ...(path.includes('{') ? ['404'] : []),
    ...(operation.requestBody ? ['413', '415'] : []),
    ...(api && rules.rateLimited ? ['429'] : []),
    '500',
    ...(api && rules.upstream ? ['502', '504'] : []),
    '503',
  ];
  const responses = Object.fromEntries(
    [...new Set(statuses)].map((status) => [status, described(status, operation.responses[status])]),
  );
  return { ...operation, responses };
}

function described(
  status: string,
  declared: ResponseObject | ReferenceObject | undefined,
): ResponseObject | ReferenceObject {
  if (declared && '$ref' in declared) return declared;
  const headers = {
    'X-Request-Id': { $ref: '#/components/headers/RequestId' },
    ...(RETRY_STATUSES.has(status) ? { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } : {}),
    ...declared?.headers,
  };
  if (Number(status) < 400) return { ...declared, description: declared?.description ?? '', headers };
  return {
    description: declared?.description || ERROR_DESCRIPTIONS[Number(status)] || 'Error',
    headers,
    content: declared?.content ?? { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
  };
}
