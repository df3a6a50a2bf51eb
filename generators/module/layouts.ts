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
  'prismaService',
  'prismaClient',
  'authDecorators',
  'authenticatedUser',
  'testApp',
  'authClient',
] as const;

export type SharedFile = (typeof SHARED_FILES)[number];

export const SUPPORT_FILES: readonly SharedFile[] = ['pagination', 'listQuery', 'fieldSchemas'];

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

const monolith: ModuleLayout = {
  slice: ({ plural, singular }) => ({
    'domain/entity': `src/domain/${plural}/${singular}.entity`,
    'domain/errors': `src/domain/${plural}/${singular}.errors`,
    'domain/repository.port': `src/domain/${plural}/${singular}.repository.port`,
    'application/create.use-case': `src/application/${plural}/create-${singular}.use-case`,
    'application/get.use-case': `src/application/${plural}/get-${singular}.use-case`,
    'application/list.use-case': `src/application/${plural}/list-${plural}.use-case`,
    'application/update.use-case': `src/application/${plural}/update-${singular}.use-case`,
    'application/delete.use-case': `src/application/${plural}/delete-${singular}.use-case`,
    'application/use-cases.spec': `src/application/${plural}/${singular}.use-cases.spec`,
    'infrastructure/prisma.repository': `src/infrastructure/${plural}/prisma-${singular}.repository`,
    'api/schemas': `src/api/${plural}/${singular}.schemas`,
    'api/controller': `src/api/${plural}/${plural}.controller`,
    'api/module': `src/api/${plural}/${plural}.module`,
    'test/e2e-spec': `test/e2e/${plural}.e2e-spec`,
  }),
  shared: {
    appErrors: 'src/shared/errors/app-error',
    pagination: 'src/shared/pagination',
    responseEnvelope: 'src/api/http/response-envelope',
    listQuery: 'src/api/http/list-query',
    fieldSchemas: 'src/api/http/field-schemas',
    prismaService: 'src/infrastructure/database/prisma.service',
    prismaClient: 'src/generated/prisma/client',
    authDecorators: 'src/api/http/auth.decorators',
    authenticatedUser: 'src/api/http/authenticated-user',
    testApp: 'test/support/test-app',
    authClient: 'test/support/auth-client',
  },
  prismaSchemaDir: 'prisma/schema',
  migrationsDir: 'prisma/migrations',
  userModelFile: 'prisma/schema/users.prisma',
  rootModule: 'src/app.module',
  ownerRelation: true,
};

const modular: ModuleLayout = {
  slice: ({ plural, singular }) => ({
    'domain/entity': `src/modules/${plural}/domain/${singular}.entity`,
    'domain/errors': `src/modules/${plural}/domain/${singular}.errors`,
    'domain/repository.port': `src/modules/${plural}/domain/${singular}.repository.port`,
    'application/create.use-case': `src/modules/${plural}/application/create-${singular}.use-case`,
    'application/get.use-case': `src/modules/${plural}/application/get-${singular}.use-case`,
    'application/list.use-case': `src/modules/${plural}/application/list-${plural}.use-case`,
    'application/update.use-case': `src/modules/${plural}/application/update-${singular}.use-case`,
    'application/delete.use-case': `src/modules/${plural}/application/delete-${singular}.use-case`,
    'application/use-cases.spec': `src/modules/${plural}/application/${singular}.use-cases.spec`,
    'infrastructure/prisma.repository': `src/modules/${plural}/infrastructure/prisma-${singular}.repository`,
    'api/schemas': `src/modules/${plural}/api/${singular}.schemas`,
    'api/controller': `src/modules/${plural}/api/${plural}.controller`,
    'api/module': `src/modules/${plural}/${plural}.module`,
    'test/e2e-spec': `test/e2e/${plural}.e2e-spec`,
  }),
  shared: {
    appErrors: 'src/shared/errors/app-error',
    pagination: 'src/shared/pagination',
    responseEnvelope: 'src/shared/api/http/response-envelope',
    listQuery: 'src/shared/api/http/list-query',
    fieldSchemas: 'src/shared/api/http/field-schemas',
    prismaService: 'src/shared/infrastructure/database/prisma.service',
    prismaClient: 'src/generated/prisma/client',
    authDecorators: 'src/shared/api/http/auth.decorators',
    authenticatedUser: 'src/shared/api/http/authenticated-user',
    testApp: 'test/support/test-app',
    authClient: 'test/support/auth-client',
  },
  prismaSchemaDir: 'prisma/schema',
  migrationsDir: 'prisma/migrations',
  userModelFile: 'prisma/schema/users.prisma',
  rootModule: 'src/app.module',
  publicApi: ({ plural }) => `src/modules/${plural}/index`,
  ownerRelation: false,
};

export const moduleLayouts: Partial<Record<Layout, ModuleLayout>> = { monolith, modular };
