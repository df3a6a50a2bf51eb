import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { loadPreset, type ResolvedPreset } from '../../src/preset/load-preset.js';
import { expectChangedFiles, expectFileList, render, type RenderedProject, temporaryWorkDir } from './render.js';

const workDir = temporaryWorkDir('snapshots-preset-');

const examplePreset = join(packageRoot(), 'examples', 'presets', 'acme');
const modular = { layout: 'modular' as const, modules: ['users', 'orders'] };

// What the README's example preset changes in a project, reviewed as its difference from the same project without it.
describe('project: modular from the example preset (examples/presets/acme)', () => {
  let preset: ResolvedPreset;
  let plain: RenderedProject;
  let fromPreset: RenderedProject;

  beforeAll(async () => {
    preset = await loadPreset(examplePreset);
    plain = await render(join(workDir(), 'plain'), modular);
    fromPreset = await render(join(workDir(), 'preset'), { ...modular, features: { auditLog: true } }, preset);
  });

  afterAll(async () => {
    await preset.cleanup();
  });

  it('has this file list', () => {
    expectFileList(fromPreset);
  });

  it('has this content where it differs from the project without a preset', () => {
    expectChangedFiles(fromPreset, plain);
  });

  it('adds the files of its feature and generator, and drops none of the built-in ones', () => {
    const added = [...fromPreset.files.keys()].filter((path) => !plain.files.has(path));
    const dropped = [...plain.files.keys()].filter((path) => !fromPreset.files.has(path));
    expect(added.sort()).toEqual([
      'plop-generators/acme-backend-preset/index.js',
      'plop-generators/acme-backend-preset/templates/adr.md',
      'src/shared/api/http/audit-log.interceptor.ts',
      'src/shared/application/audit/audit-trail.port.ts',
      'src/shared/infrastructure/audit/audit.environment.ts',
      'src/shared/infrastructure/audit/audit.module.ts',
      'src/shared/infrastructure/audit/log-audit-trail.ts',
      'test/e2e/audit-log.e2e-spec.ts',
    ]);
    expect(dropped).toEqual([]);
  });

  it('without its feature, differs from no preset only in what its templates and generator change', async () => {
    const withoutFeature = await render(join(workDir(), 'no-feature'), { ...modular, features: { auditLog: false } }, preset);
    const changed = [...withoutFeature.files].filter(([path, content]) => plain.files.get(path) !== content).map(([path]) => path);
    expect(changed.sort()).toEqual([
      '.github/workflows/ci.yml',
      'README.md',
      'backend-arch.json',
      'plop-generators/acme-backend-preset/index.js',
      'plop-generators/acme-backend-preset/templates/adr.md',
      'plopfile.js',
    ]);
  });
});
