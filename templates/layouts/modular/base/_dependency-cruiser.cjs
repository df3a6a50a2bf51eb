/**
 * Module boundaries, then the monolith's layer rules inside every module. A module reaches another only
 * through its index.ts (or its domain events); which Prisma models a module may query is an ESLint rule
 * (lint/own-prisma-models.js), because that is a property access, not an import.
 */
const MODULE = '^src/modules/[^/]+/';
const LAYER_OF_ANY_MODULE = '^src/(modules/[^/]+|shared)/';

module.exports = {
  forbidden: [
    {
      name: 'modules-and-layers-only',
      comment:
        'A folder the layer rules do not check (nest g resource?): add modules with `npm run gen -- module <name>`.',
      severity: 'error',
      from: {
        path: '^src/[^/]+/',
        pathNot: [
          '^src/(shared|generated)/',
          '^src/modules/([^/]+|[^/]+/[^/]+)$',
          `${MODULE}(api|application|domain|infrastructure)/`,
        ],
      },
      to: {},
    },
    {
      name: 'module-public-api-only',
      comment: "Import another module's index.ts, never a file inside it.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: MODULE, pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'shared-knows-no-module',
      comment: 'Cross-cutting code serves every module and depends on none.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'The domain imports nothing from Nest, Prisma, HTTP, the outer layers or other modules.',
      severity: 'error',
      from: { path: `${MODULE}domain/` },
      to: {
        path: [
          `${LAYER_OF_ANY_MODULE}(api|application|infrastructure)/`,
          `${MODULE}[^/]+\\.ts$`,
          '^src/generated/',
          'node_modules/(@nestjs|@prisma|prisma|fastify|@fastify|express|pg)/',
          '^(node:)?(http|https|http2)$',
        ],
      },
    },
    {
      name: 'application-uses-ports',
      comment: 'Use cases depend on the domain and its ports, never on HTTP or on adapters.',
      severity: 'error',
      from: { path: `${MODULE}application/` },
      to: {
        path: [
          `${LAYER_OF_ANY_MODULE}(api|infrastructure)/`,
          '^src/generated/',
          'node_modules/(@prisma|prisma|fastify|@fastify|express|pg)/',
        ],
      },
    },
    {
      name: 'api-does-not-reach-adapters',
      comment: 'Controllers call use cases; the database is reached through ports implemented in infrastructure.',
      severity: 'error',
      from: { path: `${LAYER_OF_ANY_MODULE}api/` },
      to: { path: ['^src/generated/', 'node_modules/(@prisma|prisma|pg)/'] },
    },
    {
      name: 'infrastructure-does-not-know-http-routes',
      severity: 'error',
      from: { path: `${LAYER_OF_ANY_MODULE}infrastructure/` },
      to: { path: `${LAYER_OF_ANY_MODULE}api/` },
    },
    {
      name: 'shared-kernel-is-framework-free',
      comment: 'Errors, ids and other helpers in src/shared (outside its layers) are plain TypeScript.',
      severity: 'error',
      from: { path: '^src/shared/', pathNot: '^src/shared/(api|infrastructure)/' },
      to: {
        path: [
          '^src/shared/(api|infrastructure)/',
          '^src/modules/',
          'node_modules/(@nestjs|@prisma|fastify|express|pg)/',
        ],
      },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Generated code is a dependency like a package: imports of it are checked, its own imports are not.
    doNotFollow: { path: ['node_modules', '^src/generated/'] },
    exclude: { path: '\\.spec\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
