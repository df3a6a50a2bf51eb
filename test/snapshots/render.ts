import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { type ProjectOptionsInput, projectOptionsSchema } from '../../src/options/project-options.js';
import { packageRoot } from '../../src/package-root.js';
import type { ResolvedPreset } from '../../src/preset/load-preset.js';
import { renderProject } from '../../src/render/render-project.js';

export interface RenderedProject {
  files: Map<string, string>;
}

// Keys in .env are random on purpose, and a generator run from a clone links the project to the clone's
// path; everything else must be byte-for-byte stable.
function withoutLocalSecrets(path: string, content: string): string {
  if (path === '.env' || path.endsWith('/.env')) return content.replace(/^(JWT_[A-Z_]+=).*$/gm, '$1<random>');
  if (path === 'package.json') return content.replaceAll(`file:${packageRoot()}`, 'file:<create-backend-arch>');
  return content;
}

/** Renders a project named `snapshot-api` into `dir` (from `preset` if given) and reads every file back. */
export async function render(
  dir: string,
  options: Partial<ProjectOptionsInput>,
  preset?: ResolvedPreset,
): Promise<RenderedProject> {
  const parsed = projectOptionsSchema.parse({
    name: 'snapshot-api',
    directory: join(dir, 'snapshot-api'),
    layout: 'monolith',
    ...options,
  });
  const files = new Map<string, string>();
  for (const { path } of await renderProject(parsed, dir, { preset })) {
    files.set(path, withoutLocalSecrets(path, await readFile(join(dir, path), 'utf8')));
  }
  return { files };
}

/** A temporary directory for the file's renders, made before its tests and removed after; call at the top level. */
export function temporaryWorkDir(prefix: string): () => string {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

export function expectFileList(project: RenderedProject): void {
  expect([...project.files.keys()]).toMatchSnapshot();
}

export function expectEveryFile(project: RenderedProject): void {
  for (const [path, content] of project.files) expect(content, path).toMatchSnapshot(path);
}

/** Snapshots only the files that differ from `base`: a variant is reviewed as its difference. */
export function expectChangedFiles(project: RenderedProject, base: RenderedProject): void {
  const changed = [...project.files].filter(([path, content]) => base.files.get(path) !== content);
  expect(changed.length).toBeGreaterThan(0);
  for (const [path, content] of changed) expect(content, path).toMatchSnapshot(path);
}
