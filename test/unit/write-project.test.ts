import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateOverlay } from '../../generators/project/overlays.js';
import { handlebars } from '../../generators/shared/handlebars.js';
import { InterruptedError } from '../../src/errors.js';
import { readManifest } from '../../src/manifest/manifest-schema.js';
import { projectOptionsSchema } from '../../src/options/project-options.js';
import { writeProject } from '../../src/write/write-project.js';

let root: string;
let parent: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'write-project-test-'));
  parent = join(root, 'projects');
  await mkdir(parent);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const optionsFor = (directory: string) => projectOptionsSchema.parse({ name: 'my-api', directory });

async function overlay(name: string, files: Record<string, string>): Promise<TemplateOverlay> {
  const templateDir = join(root, 'templates', name);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(templateDir, path, '..'), { recursive: true });
    await writeFile(join(templateDir, path), content);
  }
  return { name, templateDir, destination: '' };
}

describe('writeProject', () => {
  it('writes the default templates and a valid manifest', async () => {
    const target = join(parent, 'my-api');
    const files = await writeProject(optionsFor(target));
    expect(files.map((file) => file.path)).toContain('backend-arch.json');
    expect((await readManifest(target)).layout).toBe('monolith');
    expect(await readdir(parent)).toEqual(['my-api']);
  });

  it('leaves nothing behind when a template fails to render', async () => {
    const target = join(parent, 'my-api');
    const overlays = [await overlay('good', { 'a.txt': 'a' }), await overlay('bad', { 'src/broken.ts.hbs': '{{#if}}' })];
    await expect(writeProject(optionsFor(target), { overlays })).rejects.toThrow(/cannot render .*broken\.ts\.hbs/);
    expect(await readdir(parent)).toEqual([]);
  });

  it('removes the parent directories it created when it fails', async () => {
    const target = join(parent, 'deep', 'er', 'my-api');
    const overlays = [await overlay('bad', { 'broken.hbs': '{{/if}}' })];
    await expect(writeProject(optionsFor(target), { overlays })).rejects.toThrow(/broken\.hbs/);
    expect(await readdir(parent)).toEqual([]);
  });

  it('restores an existing directory exactly when it fails while moving files in', async () => {
    const target = join(parent, 'my-api');
    await mkdir(target);
    await writeFile(join(target, 'a.txt'), 'mine');
    // A directory where the project has a file: the move fails after a.txt was overwritten.
    await mkdir(join(target, 'b.txt'));
    const overlays = [await overlay('files', { 'a.txt': 'generated', 'b.txt': 'generated' })];
    await expect(writeProject(optionsFor(target), { overlays })).rejects.toThrow();
    expect((await readdir(target)).sort()).toEqual(['a.txt', 'b.txt']);
    expect(await readFile(join(target, 'a.txt'), 'utf8')).toBe('mine');
    expect(await readdir(parent)).toEqual(['my-api']);
  });

  it('overwrites files of an existing directory and keeps the others', async () => {
    const target = join(parent, 'my-api');
    await mkdir(target);
    await writeFile(join(target, 'a.txt'), 'mine');
    await writeFile(join(target, 'keep.txt'), 'mine');
    await writeProject(optionsFor(target), { overlays: [await overlay('files', { 'a.txt': 'generated' })] });
    expect(await readFile(join(target, 'a.txt'), 'utf8')).toBe('generated');
    expect(await readFile(join(target, 'keep.txt'), 'utf8')).toBe('mine');
    expect(await readdir(parent)).toEqual(['my-api']);
  });

  it('stops and cleans up when interrupted during rendering', async () => {
    const target = join(parent, 'my-api');
    const controller = new AbortController();
    handlebars.registerHelper('interrupt', () => {
      controller.abort(new InterruptedError('SIGINT'));
      return '';
    });
    try {
      const overlays = [await overlay('files', { 'a.txt.hbs': '{{interrupt}}a' })];
      await expect(writeProject(optionsFor(target), { overlays, signal: controller.signal })).rejects.toBeInstanceOf(
        InterruptedError,
      );
    } finally {
      handlebars.unregisterHelper('interrupt');
    }
    expect(await readdir(parent)).toEqual([]);
  });
});
