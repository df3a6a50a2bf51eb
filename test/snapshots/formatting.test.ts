import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { parseFields } from '../../generators/module/fields.js';
import { planModule } from '../../generators/module/plan-module.js';
import { planService } from '../../generators/service/plan-service.js';
import { packageRoot } from '../../src/package-root.js';
import { loadPreset } from '../../src/preset/load-preset.js';
import { render, temporaryWorkDir } from './render.js';

type Options = Parameters<typeof render>[1];

const workDir = temporaryWorkDir('snapshots-format-');

const modular: Options = { layout: 'modular', modules: ['users', 'orders'] };
const microservices: Options = { layout: 'microservices', services: ['users', 'orders'] };

// The projects the snapshot tests render.
const PROJECTS: Record<string, Options> = {
  'monolith-fastify': {},
  'monolith-express': { http: 'express' },
  'monolith-no-auth': { auth: false },
  'monolith-no-rate-limit': { rateLimit: false },
  'monolith-no-auth-no-rate-limit': { auth: false, rateLimit: false },
  'monolith-jwt-eddsa': { jwtAlg: 'EdDSA' },
  'monolith-jwt-rs256': { jwtAlg: 'RS256' },
  'modular-fastify': modular,
  'modular-express': { ...modular, http: 'express' },
  'modular-no-auth': { ...modular, auth: false },
  'microservices-tcp': microservices,
  'microservices-nats': { ...microservices, transport: 'nats' },
  'microservices-redis': { ...microservices, transport: 'redis' },
  'microservices-rabbitmq': { ...microservices, transport: 'rabbitmq' },
  'microservices-no-rate-limit': { ...microservices, rateLimit: false },
};

const EVERY_TYPE =
  'title:string,notes:text?,quantity:int:index,views:bigint?,weight:float,price:decimal,paid:boolean?,' +
  'shippedAt:datetime?,dueOn:date,ref:uuid:unique,meta:json?,status:enum(draft|paid|shipped)';

// Most files are the same in every project: each path and content is checked once.
const checked = new Map<string, boolean>();

/** The files of `files` (project-relative path -> content) that Prettier, with the project's own config and ignore files, would change. */
async function unformatted(projectRoot: string, files: Iterable<[string, string]>): Promise<string[]> {
  const ignorePath = [join(projectRoot, '.gitignore'), join(projectRoot, '.prettierignore')];
  const failures: string[] = [];
  for (const [path, content] of files) {
    const filepath = join(projectRoot, path);
    const { ignored, inferredParser } = await prettier.getFileInfo(filepath, { ignorePath });
    if (ignored || !inferredParser) continue;
    const key = `${path}\0${content}`;
    if (!checked.has(key)) {
      const config = await prettier.resolveConfig(filepath, { editorconfig: false });
      expect(config, `${path}: the project's Prettier config`).not.toBeNull();
      checked.set(key, await prettier.check(content, { ...config, filepath }));
    }
    if (!checked.get(key)) failures.push(path);
  }
  return failures;
}

// `npm run format:check` passes on a fresh project and after the generators ran.
// The first file pays for loading Prettier's parsers.
describe('generated code is Prettier-clean', { timeout: 30_000 }, () => {
  it.each(Object.entries(PROJECTS))('%s', async (name, options) => {
    const projectRoot = join(workDir(), name);
    const { files } = await render(projectRoot, options);
    expect(await unformatted(projectRoot, files)).toEqual([]);
  });

  it.each([
    ['monolith', {}],
    ['modular', modular],
  ] as const)('%s after `gen module` (owned, every field type; not owned, without auth; an empty --modules module)', async (layout, options) => {
    const runs = [
      { project: { ...options }, name: 'order-items', fields: EVERY_TYPE, owned: true },
      { project: { ...options, auth: false }, name: 'invoices', fields: 'number:string:unique,total:decimal,issuedOn:date', owned: false },
      { project: { ...options }, name: 'orders', fields: 'title:string,total:decimal', owned: true },
    ];
    const failures: string[] = [];
    for (const [index, run] of runs.entries()) {
      const projectRoot = join(workDir(), `${layout}-gen-${index}`);
      await render(projectRoot, run.project);
      const plan = await planModule({ projectRoot, name: run.name, fields: parseFields(run.fields), owned: run.owned, force: false, now: new Date() });
      failures.push(...(await unformatted(projectRoot, plan.changes.map((change) => [change.path, change.after]))));
    }
    expect(failures).toEqual([]);
  });

  it('modular from the example preset (its templates, feature and generators)', async () => {
    const projectRoot = join(workDir(), 'modular-preset');
    const preset = await loadPreset(join(packageRoot(), 'examples', 'presets', 'acme'));
    try {
      const { files } = await render(projectRoot, { ...modular, features: { auditLog: true } }, preset);
      expect(await unformatted(projectRoot, files)).toEqual([]);
    } finally {
      await preset.cleanup();
    }
  });

  it('microservices after `gen service`', async () => {
    const projectRoot = join(workDir(), 'microservices-gen-service');
    await render(projectRoot, microservices);
    const changes = await planService({ projectRoot, name: 'payments' });
    expect(await unformatted(projectRoot, changes.map((change) => [change.path, change.after]))).toEqual([]);
  });
});
