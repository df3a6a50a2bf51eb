import { cp, mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli, runGen, snapshotTree, tempDir } from './helpers.js';

const fixtures = fileURLToPath(new URL('../fixtures/presets/', import.meta.url));
const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
const presetFile = 'backend-arch.preset.json';

/** A copy of the fixture presets (acme extends acme-base) in a fresh directory, to change at will. */
async function presets(): Promise<string> {
  const dir = await tempDir('preset-cli-');
  await cp(fixtures, dir, { recursive: true });
  return dir;
}

async function editManifest(preset: string, edit: (manifest: Record<string, unknown>) => void): Promise<void> {
  const file = join(preset, presetFile);
  const manifest = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  edit(manifest);
  await writeFile(file, JSON.stringify(manifest));
}

/** Runs the CLI in `cwd` and expects one error line, the exit code and nothing written. */
async function expectRefused(cwd: string, args: string[], exitCode: number, message: string | RegExp) {
  const before = await readdir(cwd, { recursive: true });
  const { exitCode: code, stdout, stderr } = await runCli(['my-api', '--yes', '--no-install', '--no-git', ...args], { cwd });
  expect(stderr.split('\n'), stderr).toHaveLength(1);
  if (typeof message === 'string') expect(stderr).toBe(`error: ${message}`);
  else expect(stderr).toMatch(message);
  expect(code).toBe(exitCode);
  expect(stdout).toBe('');
  expect(await readdir(cwd, { recursive: true })).toEqual(before);
}

describe('create-backend-arch --preset', () => {
  it('applies the preset and its parent: defaults, templates, features, generators, dependencies, manifest', async () => {
    const cwd = await presets();
    const { exitCode, stdout, stderr } = await runCli(['my-api', '--preset', './acme', '--yes', '--no-install', '--no-git'], { cwd });
    expect(exitCode, stderr).toBe(0);
    expect(stdout).toContain(
      `– @acme/backend-preset postGenerate (skipped: not run without --trust-preset: node -e "require('node:fs').writeFileSync('post-generate.txt', 'ran')")`,
    );
    const project = join(cwd, 'my-api');
    const manifest = JSON.parse(await readFile(join(project, 'backend-arch.json'), 'utf8'));
    expect(manifest).toMatchObject({
      layout: 'modular',
      http: 'express',
      rateLimit: false,
      modules: ['auth', 'users', 'billing'],
      preset: { name: '@acme/backend-preset', version: '1.2.0', hash: expect.stringMatching(/^sha256-/) },
      features: { auditLog: true },
    });
    expect(await readFile(join(project, '.nvmrc'), 'utf8')).toBe('v22\n');
    expect(await readFile(join(project, 'README.md'), 'utf8')).toMatch(/^> Owned by the ACME platform team\.\n\n# my-api\n/);
    expect(await readFile(join(project, 'src/owner.ts'), 'utf8')).toContain('export const owner = "my-api";');
    await expect(readFile(join(project, 'Dockerfile'))).rejects.toThrow(/ENOENT/);
    const pkg = JSON.parse(await readFile(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies).toMatchObject({ 'left-pad': '1.3.0', ms: '2.1.3' });
    expect(Object.keys(pkg.dependencies)).toEqual(Object.keys(pkg.dependencies).sort((a: string, b: string) => a.localeCompare(b)));
    expect(await readFile(join(project, 'plopfile.js'), 'utf8')).toContain(
      "await registerPresetGenerators(plop, '@acme/backend-preset', './plop-generators/acme-backend-preset/index.js');",
    );
    expect(await readdir(join(project, 'plop-generators/acme-backend-preset'))).toEqual(['index.js']);
  });

  it("lists the preset's feature flags in --help, with the preset's defaults", async () => {
    const cwd = await presets();
    const { exitCode, stdout } = await runCli(['--help', '--preset', './acme'], { cwd });
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^ {2}--audit-log, --no-audit-log +an audit log \(default: on; preset @acme\/backend-preset\)$/m);
    expect(stdout).toMatch(/^ {2}--rate-limit, --no-rate-limit +rate limiting \(default: on\)$/m);
  });

  it("takes a preset feature's flag, records it, and runs postGenerate only with --trust-preset", async () => {
    const cwd = await presets();
    const args = ['--preset', './acme', '--layout', 'monolith', '--no-audit-log', '--yes', '--no-install', '--no-git', '--trust-preset'];
    const { exitCode, stderr } = await runCli(['my-api', ...args], { cwd });
    expect(exitCode, stderr).toBe(0);
    const manifest = JSON.parse(await readFile(join(cwd, 'my-api/backend-arch.json'), 'utf8'));
    expect(manifest).toMatchObject({ layout: 'monolith', features: { auditLog: false } });
    expect(await readFile(join(cwd, 'my-api/post-generate.txt'), 'utf8')).toBe('ran');
  });

  it("registers the preset's generators in the project's plopfile: npm run gen runs them, and names the preset when they throw", async () => {
    const cwd = await presets();
    expect((await runCli(['my-api', '--preset', './acme', '--yes', '--no-install', '--no-git'], { cwd })).exitCode).toBe(0);
    const project = join(cwd, 'my-api');
    // What `npm install` would link: this package, for the plopfile's `create-backend-arch/plop`.
    await mkdir(join(project, 'node_modules'));
    await symlink(packageRoot, join(project, 'node_modules/create-backend-arch'));

    const run = await runGen(['acme-note', 'Release Plan'], project);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(await readFile(join(project, 'notes/release-plan.md'), 'utf8')).toBe('# Release Plan\n');

    await writeFile(join(project, 'plop-generators/acme-backend-preset/index.js'), "throw new Error('no audit service configured');\n");
    const broken = await runGen(['acme-note', 'x'], project);
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toBe(
      'error: the generators of preset @acme/backend-preset (./plop-generators/acme-backend-preset/index.js) failed to load: no audit service configured',
    );
  });

  it('reads a tarball made by npm pack', async () => {
    const cwd = await presets();
    const { execa } = await import('execa');
    await execa('npm', ['pack', './acme-base', '--silent'], { cwd });
    const { exitCode, stderr } = await runCli(['my-api', '--preset', './acme-base-preset-0.3.0.tgz', '--yes', '--no-install', '--no-git'], { cwd });
    expect(exitCode, stderr).toBe(0);
    expect(JSON.parse(await readFile(join(cwd, 'my-api/backend-arch.json'), 'utf8'))).toMatchObject({
      layout: 'modular',
      preset: { name: '@acme/base-preset', version: '0.3.0' },
    });
  });
});

describe('a bad preset: one line naming the preset file and the field, nothing written', () => {
  it('a missing, invalid or unknown-keyed manifest', async () => {
    const cwd = await presets();
    await rm(join(cwd, 'acme-base', presetFile));
    await expectRefused(cwd, ['--preset', './acme-base'], 1, `acme-base/${presetFile}: missing`);
    await writeFile(join(cwd, 'acme-base', presetFile), '{ "name": "x", }');
    await expectRefused(cwd, ['--preset', './acme-base'], 1, new RegExp(`^error: acme-base/${presetFile}: not valid JSON: `));
    await editManifest(join(cwd, 'acme'), (manifest) => Object.assign(manifest, { template: 'templates' }));
    await expectRefused(cwd, ['--preset', './acme'], 1, `acme/${presetFile}: unknown key "template"`);
  });

  it('a template path escaping the tree: "..", absolute, a symlink out', async () => {
    const cwd = await presets();
    const acme = join(cwd, 'acme');
    await editManifest(acme, (manifest) => Object.assign(manifest, { templates: '../acme-base/templates' }));
    await expectRefused(cwd, ['--preset', './acme'], 1, `acme/${presetFile}: templates: templates must stay inside the preset (no "..")`);
    await editManifest(acme, (manifest) => Object.assign(manifest, { templates: '/etc' }));
    await expectRefused(cwd, ['--preset', './acme'], 1, `acme/${presetFile}: templates: templates must be relative to the preset's root`);
    await editManifest(acme, (manifest) => Object.assign(manifest, { templates: 'templates' }));
    await symlink('/etc/hostname', join(acme, 'templates/features/app-base/files/hostname'));
    await expectRefused(cwd, ['--preset', './acme'], 1, /^error: .*acme\/templates\/features\/app-base\/files\/hostname: a symlink out of the tree \(\/etc\/hostname\)/);
  });

  it('a template that fails to render, with its file and line', async () => {
    const cwd = await presets();
    await writeFile(join(cwd, 'acme/templates/features/core/files/src/owner.ts.hbs'), 'export const owner = 1;\n{{#if name}}\n');
    await expectRefused(
      cwd,
      ['--preset', './acme'],
      1,
      new RegExp(`^error: cannot render ${join(cwd, 'acme/templates/features/core/files/src/owner.ts.hbs')}: Parse error on line 3: `),
    );
  });

  it('an unknown feature in defaults', async () => {
    const cwd = await presets();
    await editManifest(join(cwd, 'acme'), (manifest) => Object.assign(manifest, { defaults: { billing: true } }));
    await expectRefused(cwd, ['--preset', './acme'], 1, `acme/${presetFile}: defaults.billing: unknown feature (the preset's features: auditLog)`);
  });

  it('a flag that contradicts a locked option exits 2, naming the preset and the option', async () => {
    const cwd = await presets();
    await expectRefused(cwd, ['--preset', './acme', '--http', 'fastify'], 2, '--http fastify: the preset @acme/backend-preset locks http to express');
    await expectRefused(cwd, ['--preset', './acme', '--rate-limit'], 2, '--rate-limit true: the preset @acme/backend-preset locks rateLimit to false');
  });

  it('an extends cycle', async () => {
    const cwd = await presets();
    await editManifest(join(cwd, 'acme-base'), (manifest) => Object.assign(manifest, { extends: '../acme' }));
    await expectRefused(
      cwd,
      ['--preset', './acme'],
      1,
      `acme-base/${presetFile}: extends: a cycle (@acme/backend-preset -> @acme/base-preset -> @acme/backend-preset)`,
    );
  });

  it('a package that cannot be fetched, and a tarball that is not one', async () => {
    const cwd = await presets();
    await expectRefused(
      cwd,
      ['--preset', `file:${join(cwd, 'missing.tgz')}`],
      1,
      new RegExp(`^error: cannot fetch preset file:${join(cwd, 'missing.tgz')} with npm pack: .*no such file`),
    );
    await writeFile(join(cwd, 'broken.tgz'), 'not a tarball');
    await expectRefused(cwd, ['--preset', './broken.tgz'], 1, 'cannot fetch preset ./broken.tgz: TAR_BAD_ARCHIVE: Unrecognized archive format');
  });
});

describe('--eject-templates and preset check', () => {
  it('ejects a preset that, unchanged, generates the same project byte for byte', async () => {
    const cwd = await tempDir('preset-eject-');
    const eject = await runCli(['--eject-templates', 'team-preset'], { cwd });
    expect(eject.exitCode, eject.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(cwd, 'team-preset', presetFile), 'utf8'))).toEqual({
      name: 'team-preset',
      version: '0.1.0',
      templates: 'templates',
    });
    const check = await runCli(['preset', 'check', 'team-preset'], { cwd });
    expect(check.exitCode, check.stderr).toBe(0);
    expect(check.stdout).toBe('team-preset: no problems');

    for (const [dir, extra] of [['plain', []], ['preset', ['--preset', '../team-preset']]] as const) {
      await mkdir(join(cwd, dir));
      const result = await runCli(['my-api', '--yes', '--no-install', '--no-git', '--layout', 'modular', ...extra], { cwd: join(cwd, dir) });
      expect(result.exitCode, result.stderr).toBe(0);
    }
    const differing = (plain: Map<string, string>, preset: Map<string, string>) =>
      [...preset].filter(([path, content]) => plain.get(path.replace('/preset/', '/plain/')) !== content).map(([path]) => path);
    const changed = differing(await snapshotTree(join(cwd, 'plain/my-api')), await snapshotTree(join(cwd, 'preset/my-api')));
    // Random local keys, and the manifest, which records the preset.
    expect(changed.map((path) => path.slice(join(cwd, 'preset/my-api/').length)).sort()).toEqual(['.env', 'backend-arch.json']);
  });

  it('reports every problem of a preset as one line, exit 1', async () => {
    const cwd = await presets();
    await writeFile(join(cwd, 'acme/templates/features/core/files/src/owner.ts.hbs'), 'x\n{{shout name}}\n');
    await mkdir(join(cwd, 'acme/templates/feature/core'), { recursive: true });
    await writeFile(join(cwd, 'acme/templates/feature/core/typo.ts'), 'x\n');
    await mkdir(join(cwd, 'acme/templates/features/health'), { recursive: true });
    await writeFile(join(cwd, 'acme/templates/features/health/feature.json'), '{}\n');
    const { exitCode, stdout, stderr } = await runCli(['preset', 'check', 'acme'], { cwd });
    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `${join(cwd, 'acme/templates/feature/core/typo.ts')}: matches no built-in template tree (see --eject-templates)`,
      `${join(cwd, 'acme/templates/features/health/feature.json')}: a built-in feature's descriptor and README section are not templates; a change here has no effect (add a feature of your own under the preset's features/)`,
      `${join(cwd, 'acme/templates/features/core/files/src/owner.ts.hbs')}: line 2: Missing helper: "shout"`,
    ]);
  });
});
