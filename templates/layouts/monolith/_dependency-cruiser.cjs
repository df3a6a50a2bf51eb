/** Layer rules: dependencies point inward (api -> application -> domain); infrastructure implements ports. */
module.exports = {
  forbidden: [
    {
      name: 'layers-only',
      comment:
        'A folder the layer rules do not check (nest g resource?): add modules with `npm run gen -- module <name>`.',
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: '^src/(api|application|domain|infrastructure|shared|generated)/' },
      to: {},
    },
    {
      name: 'domain-is-pure',
      comment: 'The domain imports nothing from Nest, Prisma, HTTP or the outer layers.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        path: [
          '^src/(api|application|infrastructure)/',
          '^src/generated/',
          'node_modules/(@nestjs|@prisma|prisma|fastify|@fastify|express|pg)/',
        ],
      },
    },
    {
      name: 'application-uses-ports',
      comment: 'Use cases depend on the domain and its ports, never on HTTP or on adapters.',
      severity: 'error',
      from: { path: '^src/application/' },
      to: {
        path: [
          '^src/(api|infrastructure)/',
          '^src/generated/',
          'node_modules/(@prisma|prisma|fastify|@fastify|express|pg)/',
        ],
      },
    },
    {
      name: 'api-does-not-reach-adapters',
      comment: 'Controllers call use cases; the database is reached through ports implemented in infrastructure.',
      severity: 'error',
      from: { path: '^src/api/' },
      to: { path: ['^src/generated/', 'node_modules/(@prisma|prisma|pg)/'] },
    },
    {
      name: 'infrastructure-does-not-know-http-routes',
      severity: 'error',
      from: { path: '^src/infrastructure/' },
      to: { path: '^src/api/' },
    },
    {
      name: 'shared-is-framework-free',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: {
        path: ['^src/(api|application|domain|infrastructure)/', 'node_modules/(@nestjs|@prisma|fastify|express|pg)/'],
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
