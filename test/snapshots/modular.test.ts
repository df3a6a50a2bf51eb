import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectChangedFiles,
  expectEveryFile,
  expectFileList,
  render,
  type RenderedProject,
  temporaryWorkDir,
} from './render.js';

const workDir = temporaryWorkDir('snapshots-modular-');

const modular = { layout: 'modular' as const, modules: ['users', 'orders'] };

// Review every snapshot change: it is a change to what users get.
describe('project: modular × fastify, --modules users,orders', () => {
  let project: RenderedProject;

  beforeAll(async () => {
    project = await render(join(workDir(), 'fastify'), modular);
  });

  it('has this file list', () => {
    expectFileList(project);
  });

  it('has this content in every file', () => {
    expectEveryFile(project);
  });

  it('imports another module only through its index.ts', () => {
    const deepImports = [...project.files].flatMap(([path, content]) => {
      const module = /^src\/modules\/([^/]+)\//.exec(path)?.[1];
      if (!module) return [];
      return [...content.matchAll(/from '(\.[^']+)'/g)]
        .map(([, specifier]) => join(path, '..', specifier!))
        .filter((target) => target.startsWith('src/modules/') && !target.startsWith(`src/modules/${module}/`))
        .filter((target) => !target.endsWith('/index.js'))
        .map((target) => `${path} -> ${target}`);
    });
    expect(deepImports).toEqual([]);
  });

  it('leaves no layered folder outside the modules and src/shared', () => {
    const stray = [...project.files.keys()].filter((path) => /^src\/(api|application|domain|infrastructure)\//.test(path));
    expect(stray).toEqual([]);
  });
});

// Each variant is snapshotted as its file list plus every file that differs from the modular defaults.
describe.each([
  { variant: 'express', options: { ...modular, http: 'express' as const } },
  { variant: 'no-auth', options: { ...modular, auth: false } },
])('project: modular, $variant', ({ variant, options }) => {
  let project: RenderedProject;
  let defaults: RenderedProject;

  beforeAll(async () => {
    defaults = await render(join(workDir(), `${variant}-defaults`), modular);
    project = await render(join(workDir(), variant), options);
  });

  it('has this file list', () => {
    expectFileList(project);
  });

  it('has this content where it differs from the defaults', () => {
    expectChangedFiles(project, defaults);
  });
});
