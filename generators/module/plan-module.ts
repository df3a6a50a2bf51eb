import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { type Manifest, manifestFileName, readManifest } from '../../src/manifest/manifest-schema.js';
import { templatesDir } from '../../src/package-root.js';
import type { FileChange } from '../shared/apply-plan.js';
import { GenRequestError } from '../shared/gen-request-error.js';
import { renderTemplate } from '../shared/handlebars.js';
import { addToNestModule, wireModule } from '../shared/wire-module.js';
import type { FieldSpec } from './fields.js';
import { type ModuleLayout, moduleLayouts, SLICE_ROLES, SUPPORT_FILES, type SharedFile } from './layouts.js';
import { migrationSql } from './migration-sql.js';
import { moduleTemplateData } from './module-data.js';
import { moduleNames, type ModuleNames } from './module-names.js';
import { prismaModel } from './prisma-model.js';
import { addOwnerRelation } from './relate-owner.js';

export interface ModuleRequest {
  projectRoot: string;
  name: string;
  fields: FieldSpec[];
  owned: boolean;
  /** Regenerate a module that exists, overwriting its files. */
  force: boolean;
  /** Migration timestamps come from this clock (tests pin it). */
  now?: Date;
}

export interface ModulePlan {
  names: ModuleNames;
  changes: FileChange[];
}

const SUPPORT_TEMPLATES: Record<string, string> = {
  pagination: 'features/pagination/files/src/shared/pagination.ts',
  listQuery: 'module-support/list-query.ts',
  fieldSchemas: 'module-support/field-schemas.ts',
  fieldSchemasSpec: 'module-support/field-schemas.spec.ts',
};

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function migrationTimestamp(now: Date, existing: string[]): string {
  const stamp = (date: Date) => date.toISOString().replace(/\D/g, '').slice(0, 14);
  const latest = existing.map((name) => name.slice(0, 14)).sort().at(-1);
  let candidate = stamp(now);
  // Prisma applies migrations in name order: a new one must sort after every committed one.
  if (latest && candidate <= latest) {
    const next = new Date(Date.UTC(+latest.slice(0, 4), +latest.slice(4, 6) - 1, +latest.slice(6, 8), +latest.slice(8, 10), +latest.slice(10, 12), +latest.slice(12, 14) + 1));
    candidate = stamp(next);
  }
  return candidate;
}

async function migrationDir(root: string, layout: ModuleLayout, names: ModuleNames, now: Date): Promise<string> {
  const dir = join(root, layout.migrationsDir);
  const existing = existsSync(dir) ? (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [];
  const suffix = `_create_${names.table}`;
  const previous = existing.find((name) => name.endsWith(suffix) && /^\d{14}_/.test(name));
  return posix.join(layout.migrationsDir, previous ?? `${migrationTimestamp(now, existing)}${suffix}`);
}

function layoutOf(manifest: Manifest): ModuleLayout {
  const layout = moduleLayouts[manifest.layout];
  if (!layout) throw new GenRequestError(`the module generator does not support the ${manifest.layout} layout yet`);
  return layout;
}

async function renderSlice(request: ModuleRequest, manifest: Manifest, layout: ModuleLayout, names: ModuleNames) {
  const data = moduleTemplateData({ names, fields: request.fields, owned: request.owned, auth: manifest.auth }, layout);
  const slice = layout.slice(names);
  const files: { path: string; content: string }[] = [];
  for (const role of SLICE_ROLES) {
    // An existing Nest module (an empty one from --modules, or this module's on --force) is extended, not replaced.
    if (role === 'api/module' && existsSync(join(request.projectRoot, `${slice[role]}.ts`))) continue;
    const template = await readFile(join(templatesDir(), 'module', `${role}.ts.hbs`), 'utf8');
    files.push({ path: `${slice[role]}.ts`, content: renderTemplate(template, { ...data, filePath: slice[role] }) });
  }
  return files;
}

async function supportFiles(root: string, layout: ModuleLayout) {
  const files: { path: string; content: string }[] = [];
  for (const file of SUPPORT_FILES as SharedFile[]) {
    const path = `${layout.shared[file]}.ts`;
    if (existsSync(join(root, path))) continue;
    files.push({ path, content: await readFile(join(templatesDir(), SUPPORT_TEMPLATES[file] ?? ''), 'utf8') });
  }
  return files;
}

/** Works out every file the module adds or changes, without writing anything. */
export async function planModule(request: ModuleRequest): Promise<ModulePlan> {
  const root = request.projectRoot;
  const manifest = await readManifest(root);
  const layout = layoutOf(manifest);
  const names = moduleNames(request.name);
  if (request.fields.length === 0) throw new GenRequestError('a module needs at least one field, as in --fields "title:string"');
  if (request.owned && !manifest.auth) throw new GenRequestError('--owned needs JWT auth, and this project was created with --no-auth');

  // A module listed by --modules but still empty is filled in; one with an entity is refused.
  const exists = existsSync(join(root, `${layout.slice(names)['domain/entity']}.ts`));
  if (exists && !request.force) {
    throw new GenRequestError(`module "${names.plural}" already exists; nothing was changed (use --force to regenerate its files)`);
  }

  const generated = [
    ...(await renderSlice(request, manifest, layout, names)),
    ...(await supportFiles(root, layout)),
    { path: posix.join(layout.prismaSchemaDir, `${names.plural}.prisma`), content: prismaModel(names, { ...request, ownerRelation: layout.ownerRelation }) },
    {
      path: posix.join(await migrationDir(root, layout, names, request.now ?? new Date()), 'migration.sql'),
      content: migrationSql(names, { ...request, ownerRelation: layout.ownerRelation, usersTable: 'users' }),
    },
    ...publicApiFile(root, layout, names),
  ];

  const changes: FileChange[] = [];
  for (const { path, content } of generated) {
    const before = await readIfExists(join(root, path));
    if (before !== content) changes.push({ path, before, after: content });
  }
  changes.push(...(await modifiedFiles(root, layout, manifest, names, request.owned)));
  return { names, changes };
}

async function modifiedFiles(root: string, layout: ModuleLayout, manifest: Manifest, names: ModuleNames, owned: boolean): Promise<FileChange[]> {
  const changes: FileChange[] = [];
  const modulePath = `${layout.rootModule}.ts`;
  const rootSource = await readIfExists(join(root, modulePath));
  if (rootSource === undefined) throw new GenRequestError(`${modulePath} not found: the module cannot be wired in`);
  const moduleFile = await extendExistingModule(root, layout, names);
  if (moduleFile) changes.push(moduleFile);
  const entry = layout.publicApi?.(names) ?? layout.slice(names)['api/module'];
  const specifier = `./${posix.relative(posix.dirname(layout.rootModule), entry)}.js`;
  const wired = wireModule(rootSource, modulePath, `${names.Plural}Module`, specifier);
  if (wired.changed) changes.push({ path: modulePath, before: rootSource, after: wired.source });

  if (owned && layout.ownerRelation) {
    const userSchema = await readIfExists(join(root, layout.userModelFile));
    if (userSchema === undefined) throw new GenRequestError(`${layout.userModelFile} not found: --owned relates records to the User model`);
    const related = addOwnerRelation(userSchema, layout.userModelFile, names.pluralCamel, names.Singular);
    if (related !== userSchema) changes.push({ path: layout.userModelFile, before: userSchema, after: related });
  }

  if (!manifest.modules.includes(names.plural)) {
    const manifestText = await readFile(join(root, manifestFileName), 'utf8');
    const json = JSON.parse(manifestText) as Manifest;
    json.modules = [...json.modules, names.plural];
    changes.push({ path: manifestFileName, before: manifestText, after: `${JSON.stringify(json, null, 2)}\n` });
  }
  return changes;
}

function publicApiFile(root: string, layout: ModuleLayout, names: ModuleNames) {
  const path = layout.publicApi?.(names);
  if (!path || existsSync(join(root, `${path}.ts`))) return [];
  const moduleFile = layout.slice(names)['api/module'];
  return [{ path: `${path}.ts`, content: `export { ${names.Plural}Module } from './${posix.relative(posix.dirname(path), moduleFile)}.js';\n` }];
}

/** Adds the slice's controller and providers to a Nest module file that already exists. */
async function extendExistingModule(root: string, layout: ModuleLayout, names: ModuleNames): Promise<FileChange | undefined> {
  const slice = layout.slice(names);
  const path = `${slice['api/module']}.ts`;
  const before = await readIfExists(join(root, path));
  if (before === undefined) return undefined;
  const from = (role: keyof typeof slice) => {
    const relative = posix.relative(posix.dirname(slice['api/module']), slice[role]);
    return `${relative.startsWith('.') ? relative : `./${relative}`}.js`;
  };
  const { Singular, Plural } = names;
  const useCases: [string, keyof typeof slice][] = [
    [`Create${Singular}UseCase`, 'application/create.use-case'],
    [`Get${Singular}UseCase`, 'application/get.use-case'],
    [`List${Plural}UseCase`, 'application/list.use-case'],
    [`Update${Singular}UseCase`, 'application/update.use-case'],
    [`Delete${Singular}UseCase`, 'application/delete.use-case'],
  ];
  const { source, changed } = addToNestModule(
    before,
    path,
    [
      { property: 'controllers', element: `${Plural}Controller`, identity: `${Plural}Controller` },
      {
        property: 'providers',
        element: `{ provide: ${Singular}Repository, useClass: Prisma${Singular}Repository }`,
        identity: `provide: ${Singular}Repository`,
      },
      ...useCases.map(([name]) => ({ property: 'providers' as const, element: name, identity: name })),
    ],
    [
      { name: `${Plural}Controller`, specifier: from('api/controller') },
      { name: `${Singular}Repository`, specifier: from('domain/repository.port') },
      { name: `Prisma${Singular}Repository`, specifier: from('infrastructure/prisma.repository') },
      ...useCases.map(([name, role]) => ({ name, specifier: from(role) })),
    ],
  );
  return changed ? { path, before, after: source } : undefined;
}
