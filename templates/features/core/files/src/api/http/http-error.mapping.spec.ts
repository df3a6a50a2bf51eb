import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { appErrorFromHttp } from './http-error.mapping.js';

describe('appErrorFromHttp', () => {
  it('keeps the message a developer gave a Nest exception', () => {
    expect(appErrorFromHttp(new BadRequestException('Missing cursor'))).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Missing cursor',
    });
    expect(appErrorFromHttp(new ForbiddenException())?.code).toBe('FORBIDDEN');
  });

  it('hides the request line in the router 404', () => {
    expect(appErrorFromHttp(new NotFoundException('Cannot GET /secret/path'))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Route not found',
    });
  });

  it('maps platform and body-parser errors by status with fixed messages', () => {
    const parserError = Object.assign(new Error('Unexpected token } in JSON at position 7'), { status: 400 });
    expect(appErrorFromHttp(parserError)).toMatchObject({ code: 'BAD_REQUEST', message: 'Malformed request body' });
    const wrapped = new BadRequestException('Unexpected token } in JSON', { cause: new SyntaxError('x') });
    expect(appErrorFromHttp(wrapped)).toMatchObject({ code: 'BAD_REQUEST', message: 'Malformed request body' });
    const fastifyError = Object.assign(
      new Error("Body is not valid JSON but content-type is set to 'application/json'"),
      {
        code: 'FST_ERR_CTP_INVALID_JSON_BODY',
        statusCode: 400,
      },
    );
    const wrappedFastify = new BadRequestException(fastifyError.message, { cause: fastifyError });
    expect(appErrorFromHttp(wrappedFastify)).toMatchObject({ message: 'Malformed request body' });
    expect(appErrorFromHttp({ statusCode: 413 })?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(appErrorFromHttp({ statusCode: 415 })?.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('names a malformed URL as such, from Express (a URIError) or Fastify', () => {
    const expressError = Object.assign(new URIError("Failed to decode param '%ff'"), { status: 400 });
    expect(appErrorFromHttp(expressError)).toMatchObject({ code: 'BAD_REQUEST', message: 'Malformed request URL' });
    const fastifyError = Object.assign(new Error("'/%ff' is not a valid url component"), {
      code: 'FST_ERR_BAD_URL',
      statusCode: 400,
    });
    expect(appErrorFromHttp(fastifyError)).toMatchObject({ code: 'BAD_REQUEST', message: 'Malformed request URL' });
  });

  it('leaves server-side and unknown errors to the caller', () => {
    expect(appErrorFromHttp(new Error('boom'))).toBeUndefined();
    expect(appErrorFromHttp({ statusCode: 502 })).toBeUndefined();
    expect(appErrorFromHttp('text')).toBeUndefined();
  });
});
