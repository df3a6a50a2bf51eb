import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ProjectOptions } from '../../src/options/project-options.js';
import { templatesDir } from '../../src/package-root.js';
import { type DependencyName, dependencyVersions } from './dependency-versions.js';
import { generatorDependency } from './generator-dependency.js';
import { type Placement, placementFor } from './placement.js';

/** A template tree rendered into the project at `destination` (relative to the project root). */
export interface TemplateOverlay {
  name: string;
  templateDir: string;
  destination: string;
  /** Template data of this tree only, e.g. the module a per-module tree is rendered for. */
  data?: Record<string, unknown>;
}

/**
 * How a project is rendered: the feature trees, written in the monolith's layout; the layout's
 * placement, which moves their files where the layout wants them; then the layout's own trees.
 */
export interface ProjectPlan {
  features: TemplateOverlay[];
  placement?: Placement;
  layout: TemplateOverlay[];
}

/** What one feature adds: its template tree (laid out like an app root) and the packages its code imports. */
interface Feature {
  template: string;
  dependencies?: DependencyName[];
  devDependencies?: DependencyName[];
}

const HTTP_PLATFORMS: Record<ProjectOptions['http'], Feature> = {
  fastify: {
    template: 'features/http-fastify',
    dependencies: ['@nestjs/platform-fastify', '@fastify/helmet', '@fastify/static'],
  },
  express: {
    template: 'features/http-express',
    dependencies: ['@nestjs/platform-express', 'helmet'],
    devDependencies: ['@types/express'],
  },
};

const APP_BASE: Feature = {
  template: 'app-base',
  devDependencies: [
    '@nestjs/cli',
    '@nestjs/testing',
    '@eslint/js',
    '@swc/core',
    '@types/node',
    '@types/pg',
    'dependency-cruiser',
    'eslint',
    'typescript',
    'typescript-eslint',
    'unplugin-swc',
    'vitest',
  ],
};

const CORE: Feature = {
  template: 'features/core',
  dependencies: [
    '@nestjs/common',
    '@nestjs/core',
    '@standard-schema/spec',
    'nestjs-pino',
    'pino',
    'pino-http',
    'reflect-metadata',
    'rxjs',
    'zod',
  ],
};

const DATABASE: Feature = {
  template: 'features/database',
  dependencies: ['@prisma/adapter-pg', '@prisma/client', 'pg'],
  devDependencies: ['prisma', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
};

const AUTH: Feature = { template: 'features/auth', dependencies: ['@node-rs/argon2', 'jose'] };
const AUTH_KEYS: Record<ProjectOptions['jwtAlg'], Feature> = {
  HS256: { template: 'features/auth-keys-hmac' },
  EdDSA: { template: 'features/auth-keys-asymmetric' },
  RS256: { template: 'features/auth-keys-asymmetric' },
};
const HEALTH: Feature = { template: 'features/health', dependencies: ['@nestjs/terminus'] };
// Tests of how the two features work together, present only when both are on.
const AUTH_WITH_RATE_LIMIT: Feature = { template: 'features/auth-rate-limit' };
const RATE_LIMIT: Feature = { template: 'features/rate-limit', dependencies: ['@nestjs/throttler', 'ioredis'] };
const OPENAPI: Feature = { template: 'features/openapi', dependencies: ['@nestjs/swagger'] };
// README, compose file and CI workflow of a project that is one Nest app.
const ONE_APP: Feature = { template: 'layouts/one-app' };
const MONOLITH: Feature = { template: 'layouts/monolith' };
const MODULAR: Feature = { template: 'layouts/modular/base', dependencies: ['@nestjs/event-emitter'] };
// The public index.ts of the auth and users modules and the users module's domain event.
const MODULAR_AUTH: Feature = { template: 'layouts/modular/auth' };
// One per `--modules` name that no feature provides: an empty, wired Nest module.
const EMPTY_MODULE = 'layouts/modular/module';

/** Modules that come with a feature: auth brings `auth` and `users`. */
function featureModules(options: ProjectOptions): string[] {
  return options.auth ? ['auth', 'users'] : [];
}

export function emptyModules(options: ProjectOptions): string[] {
  if (options.layout !== 'modular') return [];
  const provided = featureModules(options);
  return options.modules.filter((module) => !provided.includes(module));
}

function features(options: ProjectOptions): Feature[] {
  return [
    APP_BASE,
    CORE,
    HTTP_PLATFORMS[options.http],
    DATABASE,
    HEALTH,
    OPENAPI,
    // Later overlays replace earlier files: auth's user model replaces the database feature's.
    ...(options.auth ? [AUTH, AUTH_KEYS[options.jwtAlg]] : []),
    ...(options.rateLimit ? [RATE_LIMIT] : []),
    ...(options.auth && options.rateLimit ? [AUTH_WITH_RATE_LIMIT] : []),
    ONE_APP,
  ];
}

function layoutFeatures(options: ProjectOptions): Feature[] {
  if (options.layout === 'modular') return [MODULAR, ...(options.auth ? [MODULAR_AUTH] : [])];
  return [MONOLITH];
}

function overlay(template: string, destination = '', data?: Record<string, unknown>): TemplateOverlay {
  return { name: destination ? `${template} -> ${destination}` : template, templateDir: join(templatesDir(), template), destination, data };
}

export function projectPlan(options: ProjectOptions): ProjectPlan {
  return {
    features: features(options).map((feature) => overlay(feature.template)),
    placement: options.layout === 'monolith' ? undefined : placementFor(options.layout, options.modules),
    layout: [
      ...layoutFeatures(options).map((feature) => overlay(feature.template)),
      ...emptyModules(options).map((module) => overlay(EMPTY_MODULE, `src/modules/${module}`, { module })),
    ],
  };
}

export function templateData(options: ProjectOptions): Record<string, unknown> {
  const all = [...features(options), ...layoutFeatures(options)];
  const modular = options.layout === 'modular';
  return {
    ...options,
    ...(options.auth ? localSigningKeys(options.jwtAlg) : {}),
    // Modules talk through an in-process event bus and reference each other's rows by id, without foreign keys.
    domainEvents: modular,
    crossModuleRelations: !modular,
    emptyModules: emptyModules(options),
    dependencies: pinned(all.flatMap((feature) => feature.dependencies ?? [])),
    devDependencies: withGenerator(pinned(all.flatMap((feature) => feature.devDependencies ?? []))),
  };
}

function pinned(names: DependencyName[]): Record<string, string> {
  return Object.fromEntries([...new Set(names)].sort().map((name) => [name, dependencyVersions[name]]));
}

/** Fresh keys for the project's git-ignored .env, so `npm run dev` works at once and no two projects share a key. */
function localSigningKeys(algorithm: ProjectOptions['jwtAlg']): Record<string, string> {
  if (algorithm === 'HS256') return { jwtSecret: randomBytes(32).toString('base64url') };
  const privateKeyEncoding = { type: 'pkcs8', format: 'pem' } as const;
  const publicKeyEncoding = { type: 'spki', format: 'pem' } as const;
  const { privateKey, publicKey } =
    algorithm === 'EdDSA'
      ? generateKeyPairSync('ed25519', { privateKeyEncoding, publicKeyEncoding })
      : generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding, publicKeyEncoding });
  const oneLine = (pem: string) => pem.trim().replaceAll('\n', '\\n');
  return { jwtPrivateKey: oneLine(privateKey), jwtPublicKey: oneLine(publicKey) };
}

/** The project's `gen` script and plopfile come from this package. */
function withGenerator(devDependencies: Record<string, string>): Record<string, string> {
  const all = { ...devDependencies, 'create-backend-arch': generatorDependency() };
  return Object.fromEntries(Object.entries(all).sort(([left], [right]) => left.localeCompare(right)));
}
