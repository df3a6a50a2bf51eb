import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ProjectOptionsInput, projectOptionsSchema } from '../../src/options/project-options.js';
import { packageRoot } from '../../src/package-root.js';
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

/** Renders a project named `snapshot-api` into `dir` and reads every file back. */
export async function render(dir: string, options: Partial<ProjectOptionsInput>): Promise<RenderedProject> {
  const parsed = projectOptionsSchema.parse({
    name: 'snapshot-api',
    directory: join(dir, 'snapshot-api'),
    layout: 'monolith',
    ...options,
  });
  const files = new Map<string, string>();
  for (const { path } of await renderProject(parsed, dir)) {
    files.set(path, withoutLocalSecrets(path, await readFile(join(dir, path), 'utf8')));
  }
  return { files };
}
