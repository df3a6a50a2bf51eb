import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ProjectOptions } from '../../src/options/project-options.js';
import { templatesDir } from '../../src/package-root.js';
import { type DependencyName, dependencyVersions } from './dependency-versions.js';
import {
  APP_BASE,
  AUTH,
  AUTH_KEYS,
  AUTH_WITH_RATE_LIMIT,
  CORE,
  DATABASE,
  EMPTY_MODULE,
  type Feature,
  HEALTH,
  HTTP_PLATFORMS,
  MODULAR,
  MODULAR_AUTH,
  MONOLITH,
  ONE_APP,
  OPENAPI,
  PAGINATION,
  RATE_LIMIT,
} from './features.js';
import { generatorDependency } from './generator-dependency.js';
import {
  type MicroserviceApp,
  microserviceApps,
  microservicesKeeps,
  serviceEndpoints,
  transportDependencies,
} from './microservices.js';
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
  /** Which rendered feature files stay; the others are deleted before the layout's trees are rendered. */
  keep?: (path: string) => boolean;
  layout: TemplateOverlay[];
}

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
    ...(options.auth ? [AUTH, PAGINATION, AUTH_KEYS[options.jwtAlg]] : []),
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
  if (options.layout === 'microservices') return microservicesPlan(options);
  return {
    features: features(options).map((feature) => overlay(feature.template)),
    placement: options.layout === 'monolith' ? undefined : placementFor(options.layout, options.modules),
    layout: [
      ...layoutFeatures(options).map((feature) => overlay(feature.template)),
      ...emptyModules(options).map((module) => overlay(EMPTY_MODULE, `src/modules/${module}`, { module })),
    ],
  };
}

const MICROSERVICES_ROOT = 'layouts/microservices/root';
const CONTRACTS = 'layouts/microservices/contracts';
// Per service other than identity: its message contract, and its routes in the gateway.
const RESOURCE_CONTRACT = 'layouts/microservices/resource-contract';
const GATEWAY_RESOURCE = 'layouts/microservices/gateway-resource';

function microservicesPlan(options: ProjectOptions): ProjectPlan {
  const apps = microserviceApps(options);
  const gateway = apps.find((app) => app.kind === 'gateway')!;
  const appOverlays = (app: MicroserviceApp, features: Feature[]) =>
    features.map((feature) => overlay(feature.template, `apps/${app.name}`, appData(app)));
  return {
    features: apps.flatMap((app) => appOverlays(app, app.features)),
    keep: microservicesKeeps(options),
    layout: [
      overlay(MICROSERVICES_ROOT),
      overlay(CONTRACTS, 'packages/contracts', {
        dependencies: pinned(['@nestjs/microservices', 'zod', ...transportDependencies(options)]),
        devDependencies: pinned(['@types/node', 'typescript']),
      }),
      ...apps.flatMap((app) => appOverlays(app, app.templates)),
      ...apps
        .filter((app) => app.kind === 'resource')
        .flatMap(({ data }) => [
          overlay(RESOURCE_CONTRACT, 'packages/contracts', data),
          overlay(GATEWAY_RESOURCE, 'apps/gateway', {
            ...appData(gateway),
            service: data.service,
            resource: data.resource,
            entity: data.entity,
          }),
        ]),
    ],
  };
}

/** What one app's templates see besides the project's data: its name, ports and its own package lists. */
function appData(app: MicroserviceApp): Record<string, unknown> {
  const all = [...app.features, ...app.templates];
  return {
    ...app.data,
    dependencies: pinned(all.flatMap((feature) => feature.dependencies ?? [])),
    devDependencies: pinned(all.flatMap((feature) => feature.devDependencies ?? [])),
  };
}

function microservicesData(options: ProjectOptions): Record<string, unknown> {
  return {
    ...options,
    ...localSigningKeys(options.jwtAlg),
    domainEvents: false,
    crossModuleRelations: true,
    emptyModules: [],
    services: serviceEndpoints(options),
    devDependencies: withGenerator(pinned(['concurrently', 'prettier'])),
  };
}

export function templateData(options: ProjectOptions): Record<string, unknown> {
  if (options.layout === 'microservices') return microservicesData(options);
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
