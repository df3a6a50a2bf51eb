import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { dependencyVersions } from '../../src/options/dependency-versions.js';
import type { AppKind, FeatureDescriptor, GlobalProviderEntry, NestModuleEntry } from './feature-schema.js';
import { composeServicesYaml } from './compose-yaml.js';
import { globsMatcher, outputName } from './glob.js';
import type { LoadedFeature } from './load-feature.js';

/** One feature's tree as an app takes it: the files its `apps` list names for the app's kind. */
export interface FeatureTree {
  feature: string;
  templateDir: string;
  /** Whether a template path (relative to `templateDir`) is one the app takes. */
  include: (templatePath: string) => boolean;
}

/** A module the layout adds to `imports: [...]` for one app (a `--modules` name, a service's resource). */
export type ExtraModule = Pick<NestModuleEntry, 'symbol' | 'from' | 'order'>;

const PROVIDER_TOKENS = { filters: 'APP_FILTER', pipes: 'APP_PIPE', guards: 'APP_GUARD', interceptors: 'APP_INTERCEPTOR' } as const;

function listTemplateFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? posix.join(dir, entry.name) : entry.name;
    return entry.isDirectory() ? listTemplateFiles(root, path) : [path];
  });
}

export function featureTrees(features: readonly LoadedFeature[], kind: AppKind): FeatureTree[] {
  return features.flatMap(({ descriptor, filesDir }) => {
    const globs = descriptor.apps[kind] ?? [];
    if (globs.length === 0 || !existsSync(filesDir)) return [];
    const matches = globsMatcher(globs);
    return [{ feature: descriptor.name, templateDir: filesDir, include: (path: string) => matches(outputName(path)) }];
  });
}

/** The files (output paths, monolith layout) an app gets from its features. */
function appFiles(trees: readonly FeatureTree[]): Set<string> {
  return new Set(
    trees.flatMap((tree) => listTemplateFiles(tree.templateDir).filter(tree.include).map(outputName)),
  );
}

/** `src/api/health/health.module.ts` as `src/app.module.ts` imports it; a package stays as it is. */
function specifier(from: string, importer: string): string {
  if (!/^(src|test)\//.test(from)) return from;
  const relative = posix.relative(posix.dirname(importer), from.replace(/\.ts$/, '.js'));
  return relative.startsWith('.') ? relative : `./${relative}`;
}

function byOrder<T extends { order: number }>(entries: T[]): T[] {
  // Array.prototype.sort is stable: equal orders keep feature order.
  return entries.sort((left, right) => left.order - right.order);
}

interface ImportLine {
  from: string;
  symbols: string;
}

/** `import { A, B } from '...'` lines: packages first, then project files, each sorted by specifier. */
function importLines(symbols: { symbol: string; from: string }[], importer: string): ImportLine[] {
  const grouped = new Map<string, Set<string>>();
  for (const { symbol, from } of symbols) {
    const key = specifier(from, importer);
    grouped.set(key, (grouped.get(key) ?? new Set()).add(symbol));
  }
  const rank = (from: string) => (from.startsWith('.') ? 1 : 0);
  return [...grouped]
    .sort(([left], [right]) => rank(left) - rank(right) || (left < right ? -1 : left > right ? 1 : 0))
    .map(([from, names]) => ({ from, symbols: [...names].join(', ') }));
}

/** What `src/app.module.ts` registers: composed from the features' `nest` entries whose files the app has. */
function appModule(features: readonly LoadedFeature[], files: Set<string>, extraModules: readonly ExtraModule[]) {
  const present = (entry: { from: string }) => !entry.from.startsWith('src/') || files.has(entry.from);
  const nest = features.map(({ descriptor }) => descriptor.nest);
  const modules = byOrder([
    ...nest.flatMap((entries) => entries.imports.filter(present)),
    ...extraModules.map((module) => ({ ...module, expression: undefined, comment: undefined })),
  ]);
  const controllers = nest.flatMap((entries) => entries.controllers.filter(present));
  const providers = (Object.keys(PROVIDER_TOKENS) as (keyof typeof PROVIDER_TOKENS)[]).flatMap((kind) =>
    byOrder(nest.flatMap((entries) => entries[kind].filter(present))).map((entry: GlobalProviderEntry) => ({
      ...entry,
      provider: `{ provide: ${PROVIDER_TOKENS[kind]}, ${entry.factory ? 'useFactory' : 'useClass'}: ${entry.symbol} }`,
      token: PROVIDER_TOKENS[kind],
    })),
  );
  const tokens = [...new Set(providers.map((provider) => provider.token))].sort();
  const importer = 'src/app.module.ts';
  return {
    imports: importLines(
      [
        { symbol: 'Module', from: '@nestjs/common' },
        ...(tokens.length > 0 ? [{ symbol: tokens.join(', '), from: '@nestjs/core' }] : []),
        ...modules,
        ...controllers,
        ...providers,
      ],
      importer,
    ),
    modules: modules.map((module) => ({ expression: module.expression ?? module.symbol, comment: module.comment })),
    controllers: controllers.map((controller) => controller.symbol).join(', '),
    providers: providers.map(({ provider, comment }) => ({ provider, comment })),
    // One provider without a comment fits on the `providers:` line.
    providersInline: providers.length === 1 && !providers[0]!.comment ? providers[0]!.provider : undefined,
  };
}

function linesFor(lines: FeatureDescriptor['environment']['example'], kind: AppKind): string[] {
  return Array.isArray(lines) ? lines : (lines[kind] ?? []);
}

/** A feature's lines as one template (so that a block may span lines), ending with a newline. */
const chunk = (lines: string[]) => (lines.length > 0 ? [`${lines.join('\n')}\n`] : []);

/**
 * What the app's environment is made of: the fragments its schema spreads (with their imports from
 * `environment.schema.ts`), its tests' variables, and the lines of `.env.example`, compose and the README.
 */
function environment(features: readonly LoadedFeature[], kind: AppKind, files: Set<string>) {
  const environments = features.map(({ descriptor }) => descriptor.environment);
  const tests = environments.flatMap(({ test }) => (test && files.has(test.from) ? [test] : []));
  const fragments = environments.flatMap(({ schema }) => (schema && files.has(schema.from) ? [schema] : []));
  const checks = environments.flatMap(({ checks }) => checks.filter((check) => files.has(check.from)));
  return {
    imports: importLines([...fragments, ...checks], 'src/infrastructure/config/environment.schema.ts'),
    fragments: fragments.map((fragment) => fragment.symbol),
    checks: checks.map((check) => check.symbol).join(', '),
    test: {
      fragments: tests.map((test) => test.symbol),
      /** `{ ...a, ...b }`, or `{}` when no feature sets test variables. */
      object: tests.length > 0 ? `{ ${tests.map((test) => `...${test.symbol}`).join(', ')} }` : '{}',
      imports: importLines(tests, 'vitest.config.ts'),
      // The environment check's spec starts the config from the same variables.
      configSpecImports: importLines(tests, 'src/infrastructure/config/app-config.spec.ts'),
    },
    example: environments.flatMap(({ example }) => chunk(linesFor(example, kind))),
    compose: environments.flatMap(({ compose }) => compose),
    variables: environments.flatMap(({ variables }) =>
      variables.map((variable) => ({
        name: [variable.name].flat().map((name) => `\`${name}\``).join(' / '),
        default: variable.default,
      })),
    ),
  };
}

/** `name` -> the version of the generator's map, `name@range` -> range. */
export function pinned(dependencies: readonly string[]): Record<string, string> {
  const versions: Record<string, string> = dependencyVersions;
  const entries = dependencies.map((dependency) => {
    const at = dependency.indexOf('@', 1);
    return at === -1 ? [dependency, versions[dependency]!] : [dependency.slice(0, at), dependency.slice(at + 1)];
  });
  return Object.fromEntries(
    [...new Map(entries.map(([name, range]) => [name!, range!]))].sort(([left], [right]) => (left < right ? -1 : 1)),
  );
}

/** Package names sorted, then the regular expressions, as rolldown's `external` entries. */
function bundleExternal(features: readonly LoadedFeature[]): string[] {
  const entries = [...new Set(features.flatMap(({ descriptor }) => descriptor.bundleExternal))];
  const names = entries.filter((entry) => !entry.startsWith('/')).sort();
  return [...names.map((name) => `'${name}'`), ...entries.filter((entry) => entry.startsWith('/'))];
}

/** Everything one app is composed of: the trees it renders, the data of its core templates, its packages. */
export interface AppComposition {
  trees: FeatureTree[];
  appModule: ReturnType<typeof appModule>;
  environment: ReturnType<typeof environment>;
  /** Entries of rolldown's `external` (as written in the config: a quoted name or a regular expression). */
  bundleExternal: string[];
  /** The compose services the features need, as YAML blocks under `services:`. */
  composeServices: string[];
  /** The services and `env:` lines the features' tests need in the CI workflow's job. */
  ciServices: string[];
  ciEnv: string[];
  /** The features' README sections (templates, rendered into the README in feature order). */
  readmeSections: string[];
  dependencies: string[];
  devDependencies: string[];
}

export function composeApp(
  features: readonly LoadedFeature[],
  kind: AppKind,
  extraModules: readonly ExtraModule[] = [],
): AppComposition {
  const trees = featureTrees(features, kind);
  const files = appFiles(trees);
  return {
    trees,
    appModule: appModule(features, files, extraModules),
    environment: environment(features, kind, files),
    bundleExternal: bundleExternal(features),
    composeServices: composeServicesYaml(Object.fromEntries(features.flatMap(({ descriptor }) => Object.entries(descriptor.compose)))),
    ciServices: composeServicesYaml(
      Object.fromEntries(features.flatMap(({ descriptor }) => Object.entries(descriptor.ci.services))),
      '      ',
    ),
    ciEnv: features.flatMap(({ descriptor }) => descriptor.ci.env),
    readmeSections: features.flatMap(({ readme }) => (readme ? [readFileSync(readme, 'utf8')] : [])),
    dependencies: features.flatMap(({ descriptor }) => descriptor.dependencies),
    devDependencies: features.flatMap(({ descriptor }) => descriptor.devDependencies),
  };
}
