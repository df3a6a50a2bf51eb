import type { Layout } from '../../src/options/choices.js';
import type { ModuleNames } from './module-names.js';

/** The files of one module, each rendered from `templates/module/<role>.ts.hbs`. */
export const SLICE_ROLES = [
  'domain/entity',
  'domain/errors',
  'domain/repository.port',
  'application/create.use-case',
  'application/get.use-case',
  'application/list.use-case',
  'application/update.use-case',
  'application/delete.use-case',
  'application/use-cases.spec',
  'infrastructure/prisma.repository',
  'api/schemas',
  'api/controller',
  'api/module',
  'test/e2e-spec',
] as const;

export type SliceRole = (typeof SLICE_ROLES)[number];

/** Project files the slice imports. Support files are written from `templates/module-support/` when a project lacks them. */
export const SHARED_FILES = [
  'appErrors',
  'pagination',
  'responseEnvelope',
  'listQuery',
  'fieldSchemas',
  'fieldSchemasSpec',
  'prismaService',
  'prismaClient',
  'authDecorators',
  'authenticatedUser',
  'testApp',
  'authClient',
] as const;

export type SharedFile = (typeof SHARED_FILES)[number];

export const SUPPORT_FILES: readonly SharedFile[] = ['pagination', 'listQuery', 'fieldSchemas', 'fieldSchemasSpec'];

/** Where a layout puts a module's files; the templates are the same for every layout. */
export interface ModuleLayout {
  /** Project-relative paths without the `.ts` extension. */
  slice(names: ModuleNames): Record<SliceRole, string>;
  shared: Record<SharedFile, string>;
  prismaSchemaDir: string;
  migrationsDir: string;
  /** The Prisma schema file holding the User model (owned modules add their back-relation to it). */
  userModelFile: string;
  /** The Nest module the new module is imported into. */
  rootModule: string;
  /** The module's public API, which the root module imports it from (modular layouts). */
  publicApi?: (names: ModuleNames) => string;
  /** Owned records reference the User model with a foreign key (a modular module never touches another's tables). */
  ownerRelation: boolean;
}

type Layer = 'domain' | 'application' | 'infrastructure' | 'api';

/** Each slice file's layer and name; a layout decides which folder a layer of a module is. */
function sliceFiles({ plural, singular }: ModuleNames): Record<Exclude<SliceRole, 'api/module' | 'test/e2e-spec'>, [Layer, string]> {
  return {
    'domain/entity': ['domain', `${singular}.entity`],
    'domain/errors': ['domain', `${singular}.errors`],
    'domain/repository.port': ['domain', `${singular}.repository.port`],
    'application/create.use-case': ['application', `create-${singular}.use-case`],
    'application/get.use-case': ['application', `get-${singular}.use-case`],
    'application/list.use-case': ['application', `list-${plural}.use-case`],
    'application/update.use-case': ['application', `update-${singular}.use-case`],
    'application/delete.use-case': ['application', `delete-${singular}.use-case`],
    'application/use-cases.spec': ['application', `${singular}.use-cases.spec`],
    'infrastructure/prisma.repository': ['infrastructure', `prisma-${singular}.repository`],
    'api/schemas': ['api', `${singular}.schemas`],
    'api/controller': ['api', `${plural}.controller`],
  };
}

function placeSlice(names: ModuleNames, layerDir: (layer: Layer) => string, moduleFile: string): Record<SliceRole, string> {
  const placed = Object.entries(sliceFiles(names)).map(([role, [layer, file]]) => [role, `${layerDir(layer)}/${file}`]);
  return {
    ...(Object.fromEntries(placed) as Record<SliceRole, string>),
    'api/module': moduleFile,
    'test/e2e-spec': `test/e2e/${names.plural}.e2e-spec`,
  };
}

function sharedFiles(http: string, infrastructure: string): Record<SharedFile, string> {
  return {
    appErrors: 'src/shared/errors/app-error',
    pagination: 'src/shared/pagination',
    responseEnvelope: `${http}/response-envelope`,
    listQuery: `${http}/list-query`,
    fieldSchemas: `${http}/field-schemas`,
    fieldSchemasSpec: `${http}/field-schemas.spec`,
    prismaService: `${infrastructure}/database/prisma.service`,
    prismaClient: 'src/generated/prisma/client',
    authDecorators: `${http}/auth.decorators`,
    authenticatedUser: `${http}/authenticated-user`,
    testApp: 'test/support/test-app',
    authClient: 'test/support/auth-client',
  };
}

const database = {
  prismaSchemaDir: 'prisma/schema',
  migrationsDir: 'prisma/migrations',
  userModelFile: 'prisma/schema/users.prisma',
  rootModule: 'src/app.module',
};

const monolith: ModuleLayout = {
  slice: (names) => placeSlice(names, (layer) => `src/${layer}/${names.plural}`, `src/api/${names.plural}/${names.plural}.module`),
  shared: sharedFiles('src/api/http', 'src/infrastructure'),
  ...database,
  ownerRelation: true,
};

const modular: ModuleLayout = {
  slice: (names) => {
    const root = `src/modules/${names.plural}`;
    return placeSlice(names, (layer) => `${root}/${layer}`, `${root}/${names.plural}.module`);
  },
  shared: sharedFiles('src/shared/api/http', 'src/shared/infrastructure'),
  ...database,
  publicApi: ({ plural }) => `src/modules/${plural}/index`,
  ownerRelation: false,
};

export const moduleLayouts: Partial<Record<Layout, ModuleLayout>> = { monolith, modular };
