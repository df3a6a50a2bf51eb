import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManifest, manifestFileName, manifestSchema, readManifest } from '../../src/manifest/manifest-schema.js';
import { projectOptionsSchema } from '../../src/options/project-options.js';

const options = projectOptionsSchema.parse({ name: 'my-api', directory: '/tmp/my-api', http: 'express' });
const manifest = createManifest(options, { name: 'create-backend-arch', version: '1.2.3' });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'manifest-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('manifest', () => {
  it('records the options the module generator needs, and nothing machine-specific', () => {
    expect(manifest).toEqual({
      generator: { name: 'create-backend-arch', version: '1.2.3' },
      layout: 'monolith',
      http: 'express',
      auth: true,
      jwtAlg: 'HS256',
      rateLimit: true,
      modules: [],
      services: [],
      transport: 'tcp',
      packageManager: 'npm',
    });
    expect(manifestSchema.parse(manifest)).toEqual(manifest);
  });

  it('leaves the JWT algorithm out when there is no auth', () => {
    const withoutAuth = createManifest({ ...options, auth: false }, { name: 'create-backend-arch', version: '1.2.3' });
    expect(withoutAuth).not.toHaveProperty('jwtAlg');
    expect(manifestSchema.parse(withoutAuth)).toEqual(withoutAuth);
  });

  it('reads a written manifest back', async () => {
    await writeFile(join(dir, manifestFileName), JSON.stringify({ $schema: 'x', ...manifest }));
    expect(await readManifest(dir)).toEqual({ $schema: 'x', ...manifest });
  });

  it('says when the manifest is missing', async () => {
    await expect(readManifest(dir)).rejects.toThrow(/backend-arch\.json not found: run this inside a project created by create-backend-arch/);
  });

  it('says when the manifest is not JSON', async () => {
    await writeFile(join(dir, manifestFileName), '{ nope');
    await expect(readManifest(dir)).rejects.toThrow(/backend-arch\.json is not valid JSON/);
  });

  it('names the invalid field', async () => {
    await writeFile(join(dir, manifestFileName), JSON.stringify({ ...manifest, layout: 'spaghetti' }));
    await expect(readManifest(dir)).rejects.toThrow(/backend-arch\.json is invalid: layout: /);
  });
});
