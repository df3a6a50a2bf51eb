import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pascalCase } from 'change-case';
import { manifestFileName, readManifest } from '../../src/manifest/manifest-schema.js';
import type { FileChange } from '../shared/apply-plan.js';
import { GenRequestError } from '../shared/gen-request-error.js';
import { wireModule } from '../shared/wire-module.js';
import { insertRenderedLines } from './insert-lines.js';
import { addAppToRootPackage, addServiceToManifest } from './json-edits.js';
import { renderLayoutFile, renderServiceFiles, type ServiceRendering, serviceRendering } from './render-service.js';
import { checkServiceName } from './service-name.js';
import { projectOptionsOf } from './service-options.js';
import { addExportAll, addRenderedImports, addRenderedProperties } from './ts-edits.js';

export interface ServiceRequest {
  projectRoot: string;
  /** kebab-case plural: the app, its resource and routes (`/api/v1/<name>`). */
  name: string;
}

interface EditContext {
  service: string;
  /** The contracts package, `<project>-contracts`. */
  contracts: string;
}

interface Edit {
  path: string;
  /** A project may do without it (docs, CI, Docker files); the others are part of the system. */
  optional?: true;
  /** Edits `current`; `rendered` gives the file as the layout's templates render it without and with the service. */
  apply(current: string, context: EditContext, rendered: () => Promise<{ without: string; with: string }>): Promise<string> | string;
}

/** An edit of a file the layout's templates render: done only when the service changes the rendering. */
function fromRendering(path: string, edit: (current: string, without: string, withService: string, context: EditContext) => string, optional?: true): Edit {
  return {
    path,
    optional,
    apply: async (current, context, rendered) => {
      const { without, with: withService } = await rendered();
      return without === withService ? current : edit(current, without, withService, context);
    },
  };
}

const lines = (path: string) =>
  fromRendering(path, (current, without, withService, { service }) => insertRenderedLines(current, without, withService, path, service), true);

const APP_MODULE = 'apps/gateway/src/app.module.ts';
const CONTRACTS_INDEX = 'packages/contracts/src/index.ts';
const ENDPOINTS = 'apps/gateway/src/infrastructure/upstream/upstream-endpoints.ts';
const ENVIRONMENT = 'apps/gateway/src/infrastructure/upstream/upstream.environment.ts';

const EDITS: Edit[] = [
  { path: manifestFileName, apply: (current, { service }) => addServiceToManifest(current, service) },
  { path: 'package.json', apply: (current, { service }) => addAppToRootPackage(current, service) },
  lines('README.md'),
  lines('.github/workflows/ci.yml'),
  lines('docker-compose.yml'),
  lines('docker/postgres-init.sql'),
  { path: CONTRACTS_INDEX, apply: (current, { service }) => addExportAll(current, CONTRACTS_INDEX, `./${service}.contract.js`) },
  lines('apps/gateway/.env.example'),
  {
    path: APP_MODULE,
    apply: (current, { service }) => wireModule(current, APP_MODULE, `${pascalCase(service)}Module`, `./api/${service}/${service}.module.js`).source,
  },
  fromRendering(ENDPOINTS, (current, without, withService, { contracts }) =>
    addRenderedProperties(addRenderedImports(current, without, withService, ENDPOINTS, contracts), without, withService, ENDPOINTS, {
      returnedBy: 'upstreamEndpoints',
    }),
  ),
  fromRendering(ENVIRONMENT, (current, without, withService) =>
    addRenderedProperties(current, without, withService, ENVIRONMENT, { constant: 'upstreamEnvironment' }),
  ),
];

async function modified(projectRoot: string, rendering: ServiceRendering, name: string): Promise<FileChange[]> {
  const changes: FileChange[] = [];
  for (const edit of EDITS) {
    const file = join(projectRoot, edit.path);
    if (!existsSync(file)) {
      if (edit.optional) continue;
      throw new GenRequestError(`${edit.path} is missing; the ${name} service is wired into it, so nothing was changed`);
    }
    const before = await readFile(file, 'utf8');
    const context = { service: name, contracts: `${rendering.options.name}-contracts` };
    const after = await edit.apply(before, context, async () => {
      const rendered = await renderLayoutFile(rendering, edit.path);
      if (!rendered) throw new Error(`no template of the layout renders ${edit.path}`);
      return rendered;
    });
    if (after !== before) changes.push({ path: edit.path, before, after });
  }
  return changes;
}

/** Every file the service adds or changes, computed without writing anything. */
export async function planService({ projectRoot, name }: ServiceRequest): Promise<FileChange[]> {
  const manifest = await readManifest(projectRoot);
  if (manifest.layout !== 'microservices') {
    throw new GenRequestError(`gen service needs the microservices layout (this project is ${manifest.layout}); add a module with: npm run gen -- module <name>`);
  }
  checkServiceName(name, manifest.services);
  if (existsSync(join(projectRoot, 'apps', name))) throw new GenRequestError(`apps/${name} already exists; nothing was changed`);

  const without = await projectOptionsOf(projectRoot, manifest, manifest.services);
  const rendering = serviceRendering(await projectOptionsOf(projectRoot, manifest, [...manifest.services, name]), without);
  const created: FileChange[] = [];
  for (const [path, after] of await renderServiceFiles(rendering, name)) {
    if (existsSync(join(projectRoot, path))) throw new GenRequestError(`${path} already exists; nothing was changed`);
    created.push({ path, after });
  }
  return [...created, ...(await modified(projectRoot, rendering, name))];
}
