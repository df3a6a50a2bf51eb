import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ProjectOptions } from '../../src/options/project-options.js';
import { templatesDir } from '../../src/package-root.js';
import { pascalCase } from 'change-case';
import { type AppComposition, composeApp, type FeatureTree, pinned } from '../features/compose-app.js';
import { composeServicesYaml } from '../features/compose-yaml.js';
import type { AppKind } from '../features/feature-schema.js';
import { loadFeatures, selectFeatures } from '../features/registry.js';
import { EMPTY_MODULE, type LayoutTree, MODULAR, MODULAR_AUTH, MONOLITH, ONE_APP } from './features.js';
import { generatorDependency } from './generator-dependency.js';
import { brokerData, type MicroserviceApp, microserviceApps, serviceEndpoints, transportDependencies } from './microservices.js';
import { type Placement, placementFor } from '../shared/placement.js';

/** A template tree rendered into the project at `destination` (relative to the project root). */
export interface TemplateOverlay {
  name: string;
  templateDir: string;
  destination: string;
  /** Template data of this tree only, e.g. the module a per-module tree is rendered for. */
  data?: Record<string, unknown>;
  /** The files of the tree an app takes (template paths); all when absent. */
  include?: (templatePath: string) => boolean;
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

/** Modules that come with a feature: auth brings `auth` and `users`. */
function featureModules(options: ProjectOptions): string[] {
  return options.auth ? ['auth', 'users'] : [];
}

export function emptyModules(options: ProjectOptions): string[] {
  if (options.layout !== 'modular') return [];
  const provided = featureModules(options);
  return options.modules.filter((module) => !provided.includes(module));
}

const ONE_APP_PORT = 3000;

function layoutTrees(options: ProjectOptions): LayoutTree[] {
  if (options.layout === 'modular') return [MODULAR, ...(options.auth ? [MODULAR_AUTH] : [])];
  return [MONOLITH];
}

function overlay(template: string, destination = '', data?: Record<string, unknown>): TemplateOverlay {
  return { name: destination ? `${template} -> ${destination}` : template, templateDir: join(templatesDir(), template), destination, data };
}

function treeOverlay(tree: FeatureTree, destination = '', data?: Record<string, unknown>): TemplateOverlay {
  const name = `features/${tree.feature}`;
  return { name: destination ? `${name} -> ${destination}` : name, templateDir: tree.templateDir, destination, data, include: tree.include };
}

/** Where a feature folder of a preset is; its features render after the built-in ones. */
export interface PlanSources {
  extraFeatureDirs?: readonly string[];
}

/** The features an app of `kind` takes: a preset feature's value is in `options.features`, by its option key. */
function appFeatures(options: ProjectOptions, kind: AppKind, sources: PlanSources) {
  return selectFeatures(loadFeatures(sources.extraFeatureDirs), kind, { ...options, ...options.features });
}

/** The one app of a monolith or modular project, composed from the features it takes. */
function oneApp(options: ProjectOptions, sources: PlanSources): AppComposition {
  const kind: AppKind = options.layout === 'modular' ? 'modular' : 'monolith';
  const modules = emptyModules(options).map((module) => ({
    symbol: `${pascalCase(module)}Module`,
    from: `src/modules/${module}/index.ts`,
    order: 60,
  }));
  return composeApp(appFeatures(options, kind, sources), kind, modules);
}

export function projectPlan(options: ProjectOptions, sources: PlanSources = {}): ProjectPlan {
  if (options.layout === 'microservices') return microservicesPlan(options, sources);
  return {
    features: [...oneApp(options, sources).trees.map((tree) => treeOverlay(tree)), overlay(ONE_APP.template)],
    placement: options.layout === 'monolith' ? undefined : placementFor(options.layout, options.modules),
    layout: [
      ...layoutTrees(options).map((tree) => overlay(tree.template)),
      ...emptyModules(options).map((module) => overlay(EMPTY_MODULE, `src/modules/${module}`, { module })),
    ],
  };
}

const MICROSERVICES_ROOT = 'layouts/microservices/root';
const CONTRACTS = 'layouts/microservices/contracts';
// Per service other than identity: its message contract, and its routes in the gateway.
const RESOURCE_CONTRACT = 'layouts/microservices/resource-contract';
const GATEWAY_RESOURCE = 'layouts/microservices/gateway-resource';

const APP_KINDS: Record<MicroserviceApp['kind'], AppKind> = { gateway: 'gateway', identity: 'identity', resource: 'service' };

/** One app of the workspace, composed from the features its kind takes, and its own template data. */
function composeMicroservice(options: ProjectOptions, app: MicroserviceApp, sources: PlanSources) {
  const kind = APP_KINDS[app.kind];
  const composition = composeApp(appFeatures(options, kind, sources), kind, app.modules);
  const data = {
    ...app.data,
    appModule: composition.appModule,
    environment: composition.environment,
    bundleExternal: composition.bundleExternal,
    dependencies: pinned([...composition.dependencies, ...transportDependencies(options)]),
    devDependencies: pinned(composition.devDependencies),
  };
  return { trees: composition.trees, data };
}

function microservicesPlan(options: ProjectOptions, sources: PlanSources): ProjectPlan {
  const apps = microserviceApps(options).map((app) => ({ app, ...composeMicroservice(options, app, sources) }));
  const gateway = apps.find(({ app }) => app.kind === 'gateway')!;
  return {
    features: apps.flatMap(({ app, trees, data }) => trees.map((tree) => treeOverlay(tree, `apps/${app.name}`, data))),
    layout: [
      overlay(MICROSERVICES_ROOT),
      overlay(CONTRACTS, 'packages/contracts', {
        dependencies: pinned(['@nestjs/microservices', 'zod', ...transportDependencies(options)]),
        devDependencies: pinned(['@types/node', 'typescript']),
      }),
      ...apps
        .filter(({ app }) => app.kind === 'resource')
        .flatMap(({ app: { data } }) => [
          overlay(RESOURCE_CONTRACT, 'packages/contracts', data),
          overlay(GATEWAY_RESOURCE, 'apps/gateway', {
            ...gateway.data,
            service: data.service,
            resource: data.resource,
            entity: data.entity,
          }),
        ]),
    ],
  };
}

/**
 * The services of the root compose file besides PostgreSQL and the apps: the broker, then those of the features
 * the apps take; the services wait for each one with a healthcheck to be healthy.
 */
function workspaceComposeServices(options: ProjectOptions, sources: PlanSources) {
  const kinds = [...new Set(microserviceApps(options).map((app) => APP_KINDS[app.kind]))];
  const services: Record<string, Record<string, unknown>> = {
    ...brokerData(options)?.compose,
    ...Object.fromEntries(
      kinds.flatMap((kind) => appFeatures(options, kind, sources).flatMap(({ descriptor }) => Object.entries(descriptor.compose))),
    ),
  };
  return {
    composeServices: composeServicesYaml(services),
    awaitedServices: Object.keys(services).filter((name) => 'healthcheck' in services[name]!),
  };
}

function microservicesData(options: ProjectOptions, sources: PlanSources): Record<string, unknown> {
  return {
    ...options,
    ...localSigningKeys(options.jwtAlg),
    domainEvents: false,
    crossModuleRelations: true,
    emptyModules: [],
    services: serviceEndpoints(options),
    broker: brokerData(options),
    ...workspaceComposeServices(options, sources),
    devDependencies: withGenerator(pinned(['concurrently', 'prettier'])),
  };
}

export function templateData(options: ProjectOptions, sources: PlanSources = {}): Record<string, unknown> {
  if (options.layout === 'microservices') return microservicesData(options, sources);
  const app = oneApp(options, sources);
  const modular = options.layout === 'modular';
  return {
    ...options,
    ...(options.auth ? localSigningKeys(options.jwtAlg) : {}),
    // Modules talk through an in-process event bus and reference each other's rows by id, without foreign keys.
    domainEvents: modular,
    crossModuleRelations: !modular,
    emptyModules: emptyModules(options),
    port: ONE_APP_PORT,
    appModule: app.appModule,
    environment: app.environment,
    bundleExternal: app.bundleExternal,
    readmeSections: app.readmeSections,
    composeServices: app.composeServices,
    ciServices: app.ciServices,
    ciEnv: app.ciEnv,
    dependencies: pinned(app.dependencies),
    // Prettier formats the whole project; its settings are the layout's (layouts/one-app).
    devDependencies: withGenerator(pinned([...app.devDependencies, 'prettier'])),
  };
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
