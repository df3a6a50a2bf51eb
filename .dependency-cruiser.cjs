// The generator's own layers (README, "Developing the generator"); each imports only the layers below it:
//   entry points     src/cli, src/gen
//   orchestration    src/render, src/write, src/post, src/preset
//   generators       generators/project, generators/module, generators/service, generators/plop.ts
//   generator kit    generators/shared, generators/actions, generators/features
//   foundations      src/options, src/manifest, src/paths, src/errors.ts, src/package-root.ts
const entry = '^src/(cli|gen)/';
const orchestration = '^src/(render|write|post|preset)/';
const generators = '^generators/(project|module|service)/|^generators/plop\\.ts$';
const kit = '^generators/(shared|actions|features)/';
const foundations = '^src/(options|manifest|paths)/|^src/(errors|package-root)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Type-only imports are erased at build time, so a cycle through one is not a cycle at run time.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead, unless it is an entry point, a test or a bench script.',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: ['^src/(cli|gen)/main\\.ts$', '^generators/plop\\.ts$', '\\.d\\.ts$', '^(test|bench)/', '^vitest\\.config\\.ts$'],
      },
      to: {},
    },
    {
      name: 'known-layers-only',
      comment: 'A new folder of src/ or generators/ gets its place in the layers (here and in the README).',
      severity: 'error',
      from: { path: '^(src|generators)/' },
      to: { path: '^(src|generators)/', pathNot: [entry, orchestration, generators, kit, foundations] },
    },
    {
      name: 'entry-points-apart',
      comment: 'The two bins share nothing but the layers below them.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: '^src/gen/' },
    },
    {
      name: 'entry-points-apart',
      severity: 'error',
      from: { path: '^src/gen/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'orchestration-below-entry-points',
      severity: 'error',
      from: { path: orchestration },
      to: { path: entry },
    },
    {
      name: 'generators-below-orchestration',
      severity: 'error',
      from: { path: generators },
      to: { path: [entry, orchestration] },
    },
    {
      name: 'kit-below-generators',
      severity: 'error',
      from: { path: kit },
      to: { path: [entry, orchestration, generators] },
    },
    {
      name: 'foundations-import-nothing-above',
      severity: 'error',
      from: { path: foundations },
      to: { path: [entry, orchestration, generators, kit] },
    },
    {
      name: 'generators-apart',
      comment:
        'A generator does not reach into another; what two share is in generators/shared. The service generator ' +
        'builds on the project generator (a new service is rendered like the apps of a microservices project).',
      severity: 'error',
      from: { path: '^generators/(project|module|service)/' },
      to: { path: '^generators/(project|module|service)/', pathNot: ['^generators/$1/', '^generators/project/'] },
    },
    {
      name: 'project-generator-stands-alone',
      severity: 'error',
      from: { path: '^generators/project/' },
      to: { path: '^generators/(module|service)/' },
    },
    {
      name: 'generator-public-entries',
      comment:
        "Outside its folder a generator is used through its entry: the module's index.ts, the service's " +
        "generate-service.ts, the project's index.ts and overlays.ts (the feature map).",
      severity: 'error',
      from: { path: '^src/' },
      to: {
        path: '^generators/(project|module|service)/',
        pathNot: ['^generators/module/index\\.ts$', '^generators/service/generate-service\\.ts$', '^generators/project/(index|overlays)\\.ts$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(templates|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
