import { describe, expect, it } from 'vitest';
import { presetIssueLine, presetManifestSchema } from '../../src/preset/preset-schema.js';

const file = 'team/backend-arch.preset.json';

function problem(json: unknown): string | undefined {
  const result = presetManifestSchema.safeParse(json);
  return result.success ? undefined : presetIssueLine(file, result.error);
}

describe('the preset manifest schema', () => {
  it('takes the issue example and fills the defaults', () => {
    const manifest = presetManifestSchema.parse({
      name: '@acme/backend-preset',
      version: '1.2.0',
      extends: '@acme/base-preset',
      defaults: { layout: 'modular', http: 'express', modules: ['billing'], auditLog: true },
      locked: ['http', 'rateLimit'],
      templates: 'templates',
      features: 'features',
      generators: 'generators/index.js',
      dependencies: { dependencies: { '@acme/audit': '^3.1.0' }, devDependencies: {} },
      postGenerate: ['npm run format'],
    });
    expect(manifest.defaults).toEqual({ layout: 'modular', http: 'express', modules: ['billing'], auditLog: true });
    expect(presetManifestSchema.parse({ name: 'team-preset' })).toEqual({
      name: 'team-preset',
      version: '0.0.0',
      defaults: {},
      locked: [],
      dependencies: {},
      postGenerate: [],
    });
  });

  it('names the file and the field of each problem, in one line', () => {
    expect(problem({ name: 'p', templatez: 'templates' })).toBe(`${file}: unknown key "templatez"`);
    expect(problem({ name: 'p', dependencies: { peerDependencies: {} } })).toBe(`${file}: dependencies: unknown key "peerDependencies"`);
    expect(problem({ name: 'p', defaults: { layout: 'hexagonal' } })).toMatch(new RegExp(`^${file}: defaults.layout: `));
    expect(problem({ name: 'p', defaults: { auditLog: 'yes' } })).toBe(
      `${file}: defaults.auditLog: unknown option; a feature of the preset takes true or false`,
    );
    expect(problem({ name: 'Not A Name' })).toBe(`${file}: name: name must be an npm package name, e.g. @acme/backend-preset`);
    expect(problem({})).toMatch(new RegExp(`^${file}: name: `));
    expect(problem({ name: 'p', postGenerate: ['  '] })).toBe(`${file}: postGenerate.0: a command must not be empty`);
  });

  it('refuses paths that leave the preset', () => {
    expect(problem({ name: 'p', templates: '../shared' })).toBe(`${file}: templates: templates must stay inside the preset (no "..")`);
    expect(problem({ name: 'p', features: 'a/../../b' })).toBe(`${file}: features: features must stay inside the preset (no "..")`);
    expect(problem({ name: 'p', generators: '/etc/generators.js' })).toBe(
      `${file}: generators: generators must be relative to the preset's root`,
    );
    expect(problem({ name: 'p', templates: 'C:\\templates' })).toBe(`${file}: templates: templates must be relative to the preset's root`);
  });
});
