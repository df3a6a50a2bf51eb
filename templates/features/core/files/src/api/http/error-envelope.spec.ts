import { describe, expect, it } from 'vitest';
import { ServiceUnavailableError, ValidationError } from '../../shared/errors/app-error.js';
import { httpStatusOf } from './error-envelope.js';

describe('httpStatusOf', () => {
  it("answers an error with its code's status", () => {
    expect(httpStatusOf(new ValidationError())).toBe(400);
    expect(httpStatusOf(new ServiceUnavailableError())).toBe(503);
  });

  it('answers an error that carries its own status with that one', () => {
    expect(httpStatusOf(new ValidationError('A referenced record does not exist', [], { status: 422 }))).toBe(422);
  });
});
