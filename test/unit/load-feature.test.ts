import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFeature } from '../../generators/features/load-feature.js';

const roots: string[] = [];

function featureDir(name: string, descriptor: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'feature-'));
  roots.push(root);
  const dir = join(root, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'feature.json'), typeof descriptor === 'string' ? descriptor : JSON.stringify(descriptor));
  return dir;
}

const minimal = { name: 'audit', summary: 'An audit log', apps: { monolith: ['**'] } };

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('loadFeature', () => {
  it('fills the defaults of a minimal descriptor', () => {
    const { descriptor, filesDir } = loadFeature(featureDir('audit', minimal));
    expect(descriptor).toMatchObject({ when: {}, dependencies: [], requires: [], compose: {} });
    expect(descriptor.nest.guards).toEqual([]);
    expect(filesDir.endsWith('/audit/files')).toBe(true);
  });

  it('reports a wrong field as one line naming the file and the field', () => {
    const dir = featureDir('audit', { ...minimal, nest: { guards: [{ symbol: 'Audit Guard', from: 'src/audit.ts' }] } });
    expect(() => loadFeature(dir)).toThrow(/^\S+\/audit\/feature\.json: nest\.guards\[0\]\.symbol: must be a JavaScript identifier$/);
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    expect(() => loadFeature(featureDir('audit', { ...minimal, dependancies: [] }))).toThrow(/feature\.json: \(root\): .*dependancies/);
  });

  it('refuses a name other than its folder and a dependency without a version', () => {
    expect(() => loadFeature(featureDir('audit', { ...minimal, name: 'other' }))).toThrow(/name: "other" is not the folder's name/);
    expect(() => loadFeature(featureDir('audit', { ...minimal, dependencies: ['left-pad'] }))).toThrow(
      /dependencies\[0\]: "left-pad" has no version/,
    );
    expect(loadFeature(featureDir('audit', { ...minimal, dependencies: ['left-pad@^1.3.0', 'zod'] })).descriptor.dependencies).toEqual([
      'left-pad@^1.3.0',
      'zod',
    ]);
  });

  it('reports a missing or malformed file as one line', () => {
    expect(() => loadFeature(featureDir('audit', '{ "name": '))).toThrow(/feature\.json: .*JSON/);
    expect(() => loadFeature(join(tmpdir(), 'no-such-feature'))).toThrow(/no-such-feature\/feature\.json: not found$/);
  });
});
