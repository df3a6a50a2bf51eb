import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from './database-url.js';

describe('parseDatabaseUrl', () => {
  it('takes the schema parameter off the connection string', () => {
    expect(parseDatabaseUrl('postgresql://u:p@db:5432/app?schema=tenant_a&sslmode=require')).toEqual({
      connectionString: 'postgresql://u:p@db:5432/app?sslmode=require',
      schema: 'tenant_a',
    });
  });

  it('leaves the schema to the server default when absent', () => {
    expect(parseDatabaseUrl('postgresql://u:p@db/app').schema).toBeUndefined();
  });
});
