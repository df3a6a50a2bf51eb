import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderTree } from '../../generators/actions/render-tree.js';
import { PresetError, UsageError } from '../../src/errors.js';
import { listFiles } from '../../src/render/list-files.js';
import { applyPreset } from '../../src/preset/apply-preset.js';
import { presetSourceKind } from '../../src/preset/fetch-preset.js';
import { loadPreset, maxPresetChain } from '../../src/preset/load-preset.js';

const fixtures = fileURLToPath(new URL('../fixtures/presets/', import.meta.url));
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'preset-resolution-test-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function preset(dir: string, manifest: object, files: Record<string, string> = {}): Promise<string> {
  const full = join(root, dir);
  await mkdir(full, { recursive: true });
  await writeFile(join(full, 'backend-arch.preset.json'), JSON.stringify(manifest));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(full, path)), { recursive: true });
    await writeFile(join(full, path), content);
  }
  return full;
}

async function loadError(spec: string): Promise<string> {
  const error = await loadPreset(spec, root).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PresetError);
  return (error as Error).message;
}

describe('loadPreset', () => {
  it('resolves a path preset and its extends chain, parent first', async () => {
    const resolved = await loadPreset(join(fixtures, 'acme'));
    try {
      expect(resolved.chain.map((loaded) => loaded.name)).toEqual(['@acme/base-preset', '@acme/backend-preset']);
      expect(resolved).toMatchObject({
        name: '@acme/backend-preset',
        version: '1.2.0',
        defaults: { layout: 'modular', modules: ['billing'], rateLimit: false, http: 'express' },
        featureDefaults: { auditLog: true },
        locked: ['rateLimit', 'http'],
        templateDirs: [join(fixtures, 'acme-base/templates'), join(fixtures, 'acme/templates')],
        featureDirs: [join(fixtures, 'acme/features/audit-log')],
        generators: [{ preset: '@acme/backend-preset', module: join(fixtures, 'acme/generators/index.js') }],
        dependencies: { dependencies: { ms: '2.1.3', 'left-pad': '1.3.0' }, devDependencies: {} },
      });
      expect(resolved.featureOptions).toEqual([
        { key: 'auditLog', flag: 'audit-log', prompt: 'Audit log?', help: 'an audit log', default: false, preset: '@acme/backend-preset' },
      ]);
      expect(resolved.hash).toMatch(/^sha256-[\w-]{43}$/);
    } finally {
      await resolved.cleanup();
    }
  });

  it('hashes the content: the same files give the same hash, a changed file another', async () => {
    const dir = await preset('p', { name: 'p', templates: 'templates' }, { 'templates/features/app-base/files/_nvmrc': 'v22\n' });
    const first = await loadPreset(dir);
    const again = await loadPreset(dir);
    await writeFile(join(dir, 'templates/features/app-base/files/_nvmrc'), 'v24\n');
    const changed = await loadPreset(dir);
    expect(again.hash).toBe(first.hash);
    expect(changed.hash).not.toBe(first.hash);
  });

  it('reads a tarball made by npm pack, offline', async () => {
    execFileSync('npm', ['pack', join(fixtures, 'acme-base'), '--pack-destination', root, '--silent']);
    expect(presetSourceKind('./acme-base-preset-0.3.0.tgz', root)).toBe('tarball');
    const resolved = await loadPreset('./acme-base-preset-0.3.0.tgz', root);
    expect(resolved).toMatchObject({ name: '@acme/base-preset', version: '0.3.0', defaults: { layout: 'modular' } });
    const readme = join(resolved.templateDirs[0]!, 'layouts/one-app/README.md.hbs');
    expect(await readFile(readme, 'utf8')).toContain('Owned by the ACME platform team');
    await resolved.cleanup();
    await expect(readFile(readme)).rejects.toThrow();
  });

  it('tells paths, tarballs and package specs apart', () => {
    expect(presetSourceKind('./team', root)).toBe('path');
    expect(presetSourceKind('/abs/team.tgz', root)).toBe('tarball');
    expect(presetSourceKind('@acme/backend-preset@1.2.0', root)).toBe('package');
    expect(presetSourceKind('team-preset', root)).toBe('package');
  });

  it('refuses a missing or invalid manifest, naming the file', async () => {
    await mkdir(join(root, 'empty'));
    expect(await loadError('./empty')).toBe(`${join(root, 'empty')}/backend-arch.preset.json: missing`);
    await mkdir(join(root, 'broken'));
    await writeFile(join(root, 'broken/backend-arch.preset.json'), '{ "name": ');
    expect(await loadError('./broken')).toMatch(/broken\/backend-arch\.preset\.json: not valid JSON: /);
    expect(await loadError('./nowhere')).toMatch(/^preset \.\/nowhere: .*nowhere is not a directory$/);
  });

  it('refuses an extends cycle and a chain past the depth limit', async () => {
    await preset('a', { name: 'a', extends: '../b' });
    await preset('b', { name: 'b', extends: '../a' });
    expect(await loadError('./a')).toBe(`${join(root, 'b')}/backend-arch.preset.json: extends: a cycle (a -> b -> a)`);

    for (let index = 0; index <= maxPresetChain; index++) {
      await preset(`chain-${index}`, { name: `chain-${index}`, ...(index < maxPresetChain ? { extends: `../chain-${index + 1}` } : {}) });
    }
    expect(await loadError('./chain-0')).toMatch(/chain-4\/backend-arch\.preset\.json: extends: more than 5 presets in the chain/);
  });

  it('refuses an unknown feature in defaults and an unknown locked option', async () => {
    await preset('f', { name: 'f', defaults: { billing: true } });
    expect(await loadError('./f')).toBe(`${join(root, 'f')}/backend-arch.preset.json: defaults.billing: unknown feature (the preset's features: none)`);
    await preset('l', { name: 'l', locked: ['colour'] });
    expect(await loadError('./l')).toMatch(/l\/backend-arch\.preset\.json: locked: unknown option or feature "colour"/);
    await preset('j', { name: 'j', locked: ['jwtAlg'] });
    expect(await loadError('./j')).toMatch(/j\/backend-arch\.preset\.json: locked: "jwtAlg" needs a value in defaults \(its built-in default depends on the layout\)$/);
  });

  it('refuses templates that lead out of the preset', async () => {
    const outside = await preset('outside', { name: 'outside' }, { 'secret.hbs': 'x' });
    const dir = await preset('s', { name: 's', templates: 'templates' }, { 'templates/features/app-base/files/_nvmrc': 'v22\n' });
    await symlink(join(outside, 'secret.hbs'), join(dir, 'templates/features/app-base/files/secret.hbs'));
    expect(await loadError('./s')).toMatch(/templates\/features\/app-base\/files\/secret\.hbs: a symlink out of the tree .*; a preset's templates must be plain files$/);

    const linked = await preset('t', { name: 't', templates: 'templates' });
    await symlink(outside, join(linked, 'templates'));
    expect(await loadError('./t')).toBe(`${linked}/backend-arch.preset.json: templates: templates leads out of the preset`);
    await preset('m', { name: 'm', templates: 'templatez' });
    expect(await loadError('./m')).toMatch(/m\/backend-arch\.preset\.json: templates: templatez does not exist in the preset$/);
  });
});

describe('applyPreset', () => {
  it('fills locked values and refuses a flag that contradicts one, naming the preset and the option', async () => {
    const resolved = await loadPreset(join(fixtures, 'acme'));
    try {
      expect(applyPreset(resolved, { layout: 'monolith', http: 'express' })).toEqual({
        given: { layout: 'monolith', http: 'express', rateLimit: false, features: {} },
        defaults: { layout: 'modular', modules: ['billing'], rateLimit: false, http: 'express', features: { auditLog: true } },
      });
      expect(() => applyPreset(resolved, { http: 'fastify' })).toThrow(
        new UsageError('--http fastify: the preset @acme/backend-preset locks http to express'),
      );
      expect(() => applyPreset(resolved, { rateLimit: true })).toThrow('--rate-limit true: the preset @acme/backend-preset locks rateLimit to false');
    } finally {
      await resolved.cleanup();
    }
  });
});

describe('renderTree with a preset overlay', () => {
  it('replaces and adds files, drops one that renders empty, and leaves an unchanged copy alone', async () => {
    const builtIn = await preset('built-in', { name: 'x' }, {
      'tree/keep.txt': 'built-in\n',
      'tree/replace.ts.hbs': 'export const name = {{json name}};\n',
      'tree/drop.txt': 'dropped\n',
      'tree/.gitkeep': '',
    });
    const overlay = await preset('overlay', { name: 'y' }, {
      'tree/replace.ts.hbs': 'export const team = {{json name}};\n',
      'tree/added.md.hbs': '# {{name}}\n',
      'tree/drop.txt.hbs': '{{#if never}}x{{/if}}',
      'tree/.gitkeep': '',
    });
    const out = join(root, 'out');
    await mkdir(out);
    await writeFile(join(out, 'drop.txt'), 'written by an earlier tree\n');

    const count = await renderTree(join(builtIn, 'tree'), out, { name: 'api' }, { overlayDirs: [join(overlay, 'tree'), join(root, 'missing')] });

    expect((await listFiles(out)).map((file) => file.path)).toEqual(['.gitkeep', 'added.md', 'keep.txt', 'replace.ts']);
    expect(count).toBe(4);
    expect(await readFile(join(out, 'replace.ts'), 'utf8')).toBe('export const team = "api";\n');
    expect(await readFile(join(out, 'added.md'), 'utf8')).toBe('# api\n');
  });

  it('names the preset file and the line of a template that fails to render', async () => {
    const builtIn = await preset('built-in', { name: 'x' }, { 'tree/a.txt': 'a\n' });
    const overlay = await preset('overlay', { name: 'y' }, { 'tree/b.ts.hbs': 'one\n{{/if}}\n' });
    await expect(renderTree(join(builtIn, 'tree'), join(root, 'out'), {}, { overlayDirs: [join(overlay, 'tree')] })).rejects.toThrow(
      new RegExp(`^cannot render ${join(overlay, 'tree/b.ts.hbs')}: Parse error on line 2:`),
    );
    await writeFile(join(overlay, 'tree/b.ts.hbs'), 'one\ntwo\n{{shout name}}\n');
    await expect(renderTree(join(builtIn, 'tree'), join(root, 'out'), {}, { overlayDirs: [join(overlay, 'tree')] })).rejects.toThrow(
      `cannot render ${join(overlay, 'tree/b.ts.hbs')}: line 3: Missing helper: "shout"`,
    );
  });
});
