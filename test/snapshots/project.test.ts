import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpAdapters } from '../../src/options/choices.js';
import { projectOptionsSchema } from '../../src/options/project-options.js';
import type { GeneratedFile } from '../../src/render/list-files.js';
import { renderProject } from '../../src/render/render-project.js';

// Review every snapshot change: it is a change to what users get.
describe.each(httpAdapters)('project: monolith × %s', (http) => {
  let dir: string;
  let files: GeneratedFile[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `snapshot-${http}-`));
    const options = projectOptionsSchema.parse({ name: 'snapshot-api', directory: join(dir, 'snapshot-api'), layout: 'monolith', http });
    files = await renderProject(options, dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('has this file list', () => {
    expect(files.map((file) => file.path)).toMatchSnapshot();
  });

  it('has this content in every file', async () => {
    for (const { path } of files) {
      expect(await readFile(join(dir, path), 'utf8'), path).toMatchSnapshot(path);
    }
  });
});
