import type { PathsObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';
import { LIVENESS_PATH, READINESS_PATH } from './health.routes.js';
import { healthReportSchema, livenessReportSchema } from './health.schemas.js';

function jsonResponse(description: string, schema: z.ZodType): ResponseObject {
  const jsonSchema = z.toJSONSchema(schema, { target: 'openapi-3.0' }) as SchemaObject;
  return { description, content: { 'application/json': { schema: jsonSchema } } };
}

/** The probes are routes of the HTTP platform, not Nest controllers: the document describes them here. */
export function healthPaths(): PathsObject {
  const report = (description: string) => jsonResponse(description, healthReportSchema);
  return {
    [LIVENESS_PATH]: {
      get: {
        tags: ['health'],
        operationId: 'liveness',
        summary: 'The process is up and answering',
        responses: { 200: jsonResponse('Alive', livenessReportSchema) },
      },
    },
    [READINESS_PATH]: {
      get: {
        tags: ['health'],
        operationId: 'readiness',
        summary: 'Every dependency answers',
        responses: { 200: report('Ready'), 503: report('A dependency is down, or shutdown has begun') },
      },
    },
  };
}
