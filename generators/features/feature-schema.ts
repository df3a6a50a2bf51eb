import { z } from 'zod';

/**
 * A feature's descriptor (`feature.json` beside its `files/` tree): data only, so a preset's features are read
 * and validated, never executed. Everything the generator needs to compose a project from features is here.
 */

/** The apps a feature can go into: the one app of a monolith or modular project, or one of a microservices workspace. */
export const appKinds = ['monolith', 'modular', 'gateway', 'identity', 'service'] as const;
export type AppKind = (typeof appKinds)[number];

const name = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be kebab-case');
const identifier = z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be a JavaScript identifier');
// A project file in the monolith's layout (`src/...`), or a package name.
const projectPath = z.string().regex(/^src\/[\w./-]+\.ts$/, 'must be a src/... .ts path');
const packageSpecifier = z.string().regex(/^(@[\w.-]+\/)?[\w.-]+(\/[\w.-]+)*$/, 'must be a package name');
const envName = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be UPPER_SNAKE_CASE');
const glob = z
  .string()
  .min(1)
  .refine((value) => !value.startsWith('/') && !value.split('/').includes('..'), 'must be relative to files/');
const scalar = z.union([z.string(), z.boolean(), z.number()]);

/** One symbol `app.module.ts` imports; `from` is a project file (monolith layout) or a package. */
const importedSymbol = z.strictObject({
  symbol: identifier,
  from: z.union([projectPath, packageSpecifier]),
});

/** A module in `imports: [...]`: the symbol itself, or an expression of it such as `EventEmitterModule.forRoot()`. */
const nestModule = importedSymbol.extend({
  expression: z.string().min(1).optional(),
  /** Place among every feature's entries of the same list (ties keep feature order). */
  order: z.number().int().default(50),
  /** The comment written above the entry, for the why of its place. */
  comment: z.string().min(1).optional(),
});

/** An `APP_GUARD` / `APP_FILTER` / `APP_INTERCEPTOR` / `APP_PIPE` provider: a class, or a factory function. */
const globalProvider = nestModule.omit({ expression: true }).extend({ factory: z.boolean().default(false) });

const nestSchema = z
  .strictObject({
    imports: z.array(nestModule).default([]),
    controllers: z.array(nestModule.omit({ expression: true })).default([]),
    filters: z.array(globalProvider).default([]),
    pipes: z.array(globalProvider).default([]),
    guards: z.array(globalProvider).default([]),
    interceptors: z.array(globalProvider).default([]),
  })
  .default({ imports: [], controllers: [], filters: [], pipes: [], guards: [], interceptors: [] });

/** A row of the README's configuration table: the variable(s) and what the `default` column says (handlebars). */
const environmentVariable = z.strictObject({
  name: z.union([envName, z.array(envName).min(1)]),
  default: z.string().min(1),
});

/** Lines (handlebars) for every kind of app that takes the feature, or per kind. */
const linesPerApp = z.union([z.array(z.string()), z.partialRecord(z.enum(appKinds), z.array(z.string()))]);

const environmentSchema = z
  .strictObject({
    /** The zod shape (an object of fields) the app's environment schema spreads in. */
    schema: importedSymbol.extend({ from: projectPath }).optional(),
    /** Checks of the whole environment (`z.refine(...)` values) the schema runs, e.g. a variable required in production. */
    checks: z.array(importedSymbol.extend({ from: projectPath })).default([]),
    /** The variables the app's tests run with (an object), spread into vitest's `env`. */
    test: importedSymbol.extend({ from: z.string().regex(/^test\/[\w./-]+\.ts$/, 'must be a test/... .ts path') }).optional(),
    /** Lines of `.env.example`. */
    example: linesPerApp.default([]),
    /** Lines of the app's `environment:` in the one-app compose file. */
    compose: z.array(z.string()).default([]),
    /** Rows of the README's configuration table. */
    variables: z.array(environmentVariable).default([]),
  })
  .default({ checks: [], example: [], compose: [], variables: [] });

/** A package: a name from the generator's version map, or `name@range` (a preset's own). */
const dependency = z.string().regex(/^(@[\w.-]+\/)?[\w.-]+(@[^@\s]+)?$/, 'must be a package name or name@range');

export const featureSchema = z.strictObject({
  name,
  summary: z.string().min(1),
  /** The yes/no option that turns the feature on; absent: on wherever `when` and `apps` allow. */
  option: z
    .strictObject({
      key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'must be camelCase'),
      flag: name,
      prompt: z.string().min(1).optional(),
      help: z.string().min(1),
      default: z.boolean(),
    })
    .optional(),
  /** Taken only into apps where another feature taken `requires` it (a library of other features). */
  onlyWhenRequired: z.boolean().default(false),
  /** Conditions on the final option values, all of which must hold: a value, or a list of accepted values. */
  when: z.record(z.string(), z.union([scalar, z.array(scalar).min(1)])).default({}),
  /** The app kinds that take the feature, each with the files (globs relative to `files/`) it takes. */
  apps: z.partialRecord(z.enum(appKinds), z.array(glob)),
  nest: nestSchema,
  environment: environmentSchema,
  dependencies: z.array(dependency).default([]),
  devDependencies: z.array(dependency).default([]),
  /**
   * Packages the production bundle leaves to node_modules (native bindings, packages that read their own
   * files): a name, or `/regular expression/`.
   */
  bundleExternal: z.array(z.string().min(1)).default([]),
  /** Services of the compose file, by name, as YAML-ready objects. */
  compose: z.record(name, z.record(z.string(), z.unknown())).default({}),
  /** What the project's own tests need in its CI workflow: job services (YAML-ready objects) and `env:` lines. */
  ci: z
    .strictObject({
      services: z.record(name, z.record(z.string(), z.unknown())).default({}),
      env: z.array(z.string()).default([]),
    })
    .default({ services: {}, env: [] }),
  /** Features this one needs in the same app (by name), in the kinds of app the required feature lists. */
  requires: z.array(name).default([]),
});

export type FeatureDescriptor = z.infer<typeof featureSchema>;
export type FeatureDescriptorInput = z.input<typeof featureSchema>;
export type NestModuleEntry = FeatureDescriptor['nest']['imports'][number];
export type GlobalProviderEntry = FeatureDescriptor['nest']['guards'][number];
