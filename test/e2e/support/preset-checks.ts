import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../../src/package-root.js';
import { type GeneratedProject, timed } from './generated-project.js';

/** The example team preset of the README's tutorial, which the modular projects of the e2e are made from. */
export const examplePreset = join(packageRoot(), 'examples', 'presets', 'acme');

/** What the example preset changed in a project made from it; every other check of the project covers the rest. */
export function presetTests(project: GeneratedProject): void {
  describe('made from the example preset', () => {
    it('records the preset and its feature in the manifest, and carries its README', async () => {
      const manifest = JSON.parse(await readFile(join(project.dir, 'backend-arch.json'), 'utf8')) as Record<string, unknown>;
      expect(manifest).toMatchObject({
        rateLimit: true,
        preset: { name: '@acme/backend-preset', version: '1.0.0', hash: expect.stringMatching(/^sha256-/) as unknown },
        features: { auditLog: true },
      });
      expect(await readFile(join(project.dir, 'README.md'), 'utf8')).toMatch(/^# demo\n\nAn Acme service/);
    });

    it("passes the preset feature's own end-to-end test", async () => {
      const result = await timed('vitest audit-log', 'npx', ['vitest', 'run', 'test/e2e/audit-log.e2e-spec.ts'], {
        cwd: project.dir,
        env: project.env,
      });
      expect(stripVTControlCharacters(String(result.all))).toMatch(/Tests\s+4 passed/);
    });

    it("lists the preset's generator next to the built-in one", async () => {
      const result = await timed('gen (unknown)', 'npm', ['run', 'gen', '--', 'reports'], { cwd: project.dir, env: project.env, reject: false });
      expect(result.all).toContain('unknown generator "reports" (this project has: module, adr)');
    });

    it("runs the preset's generator through npm run gen", async () => {
      const result = await timed('gen adr', 'npm', ['run', 'gen', '--', 'adr', 'Keep billing in its own module'], {
        cwd: project.dir,
        env: project.env,
      });
      expect(result.exitCode).toBe(0);
      const adr = await readFile(join(project.dir, 'docs/adr/0001-keep-billing-in-its-own-module.md'), 'utf8');
      expect(adr).toMatch(/^# Keep billing in its own module\n\nStatus: proposed\n/);
    });
  });
}
