import pluralize from 'pluralize';
import type { ProjectOptions } from '../../src/options/project-options.js';
import type { DependencyName } from '../../src/options/dependency-versions.js';
import {
  APP_BASE,
  AUTH,
  AUTH_KEYS,
  CORE,
  DATABASE,
  type Feature,
  HEALTH,
  HTTP_PLATFORMS,
  OPENAPI,
  PAGINATION,
  RATE_LIMIT,
} from './features.js';

/** The service that owns users and tokens; `--services users` names it too. */
export const IDENTITY = 'identity';
const USERS_RESOURCE = 'users';

const GATEWAY_PORT = 3000;
const FIRST_SERVICE_HTTP_PORT = 3001;
const FIRST_SERVICE_RPC_PORT = 4001;

export type AppKind = 'gateway' | 'identity' | 'resource';

/** One app of the workspace: which feature trees it is made of and which of their files it leaves out. */
export interface MicroserviceApp {
  name: string;
  kind: AppKind;
  /** Feature trees shared with the other layouts, written as for a one-app project. */
  features: Feature[];
  /** This layout's own trees for the app, rendered after the dropped files are gone. */
  templates: Feature[];
  /** Paths (relative to the app) of feature files this app has no use for, or replaces with its own. */
  dropped: RegExp[];
  /** Template data of this app only. */
  data: Record<string, unknown>;
}

const TRANSPORT_DEPENDENCIES: Record<ProjectOptions['transport'], DependencyName[]> = {
  tcp: [],
  nats: ['@nats-io/transport-node'],
  redis: ['ioredis'],
  rabbitmq: ['amqplib', 'amqp-connection-manager'],
};

// Files every app replaces with its own: the one-app package manifest, Docker and local settings files.
const APP_SHELL = [/^package\.json$/, /^Dockerfile$/, /^\.(dockerignore|gitignore|nvmrc|env\.example)$/, /^plopfile\.js$/];

// The monolith's tests boot the whole app with its HTTP routes; each app here brings tests of its own.
const MONOLITH_TESTS = [
  /^test\//,
  /^vitest\.config\.ts$/,
  /^src\/infrastructure\/config\/(app-config|auth\.environment)\.spec\.ts$/,
];

const GATEWAY_DROPPED = [
  ...APP_SHELL,
  ...MONOLITH_TESTS,
  /^prisma\//,
  // The gateway verifies tokens with the public key; issuing them and the accounts live in the identity service.
  /^src\/api\/auth\/auth\.(controller|module)\.ts$/,
  /^src\/api\/users\//,
  /^src\/application\/(auth|users)\/(?!access-token\.port\.ts$)/,
  /^src\/domain\/(auth\/refresh-token|users\/)/,
  /^src\/infrastructure\/(auth|users)\//,
];

const SERVICE_DROPPED = [
  ...APP_SHELL,
  ...MONOLITH_TESTS,
  // A service answers messages; its HTTP port serves health only.
  /^src\/api\/http\/(request-validation|response-envelope)\.ts$/,
  /^src\/app\.factory\.ts$/,
];

const IDENTITY_DROPPED = [
  ...SERVICE_DROPPED,
  /^src\/api\/auth\/(auth\.controller|auth\.schemas|authentication\.guard|authorization\.guard)\.ts$/,
  /^src\/api\/http\/(auth\.decorators|authenticated-user)\.ts$/,
  /^src\/api\/users\/(users\.controller|user\.schemas)\.ts$/,
];

// A resource service has a model of its own instead of the users table the database feature starts with.
const RESOURCE_DROPPED = [...SERVICE_DROPPED, /^prisma\/schema\/users\.prisma$/, /^prisma\/migrations\/\d+_init\//];

/** The services of the project: identity first, then one per `--services` name other than `users`. */
export function serviceNames(options: ProjectOptions): string[] {
  return [IDENTITY, ...options.services.filter((name) => name !== USERS_RESOURCE && name !== IDENTITY)];
}

function gateway(options: ProjectOptions): MicroserviceApp {
  return {
    name: 'gateway',
    kind: 'gateway',
    features: [
      APP_BASE,
      CORE,
      HTTP_PLATFORMS[options.http],
      HEALTH,
      OPENAPI,
      AUTH,
      AUTH_KEYS[options.jwtAlg],
      ...(options.rateLimit ? [RATE_LIMIT] : []),
    ],
    templates: [
      { template: 'layouts/microservices/gateway', dependencies: ['@nestjs/microservices', ...transportDependencies(options)] },
    ],
    dropped: GATEWAY_DROPPED,
    data: { app: 'gateway', port: GATEWAY_PORT },
  };
}

function service(options: ProjectOptions, name: string, index: number): MicroserviceApp {
  const identity = name === IDENTITY;
  const resource = identity ? USERS_RESOURCE : name;
  return {
    name,
    kind: identity ? 'identity' : 'resource',
    features: [
      APP_BASE,
      CORE,
      HTTP_PLATFORMS[options.http],
      DATABASE,
      HEALTH,
      PAGINATION,
      ...(identity ? [AUTH, AUTH_KEYS[options.jwtAlg]] : []),
    ],
    templates: [
      { template: 'layouts/microservices/service', dependencies: ['@nestjs/microservices', ...transportDependencies(options)] },
      ...(options.transport === 'tcp' ? [] : [{ template: 'layouts/microservices/service-broker' }]),
      { template: identity ? 'layouts/microservices/identity' : 'layouts/microservices/resource' },
    ],
    dropped: identity ? IDENTITY_DROPPED : RESOURCE_DROPPED,
    data: {
      app: name,
      service: name,
      resource,
      entity: pluralize.singular(resource),
      port: FIRST_SERVICE_HTTP_PORT + index,
      rpcPort: FIRST_SERVICE_RPC_PORT + index,
    },
  };
}

/** Every app of a microservices project: the gateway, then the services in `serviceNames` order. */
export function microserviceApps(options: ProjectOptions): MicroserviceApp[] {
  return [gateway(options), ...serviceNames(options).map((name, index) => service(options, name, index))];
}

/** Each service as the gateway, contracts and compose file see it: name, resource and where it listens. */
export function serviceEndpoints(options: ProjectOptions) {
  return microserviceApps(options)
    .filter((app) => app.kind !== 'gateway')
    .map((app) => app.data);
}

export function transportDependencies(options: ProjectOptions): DependencyName[] {
  return TRANSPORT_DEPENDENCIES[options.transport];
}

/** Drops the feature files an app leaves out; `path` is relative to the project root. */
export function microservicesKeeps(options: ProjectOptions): (path: string) => boolean {
  const apps = microserviceApps(options);
  return (path) => {
    const app = apps.find((candidate) => path.startsWith(`apps/${candidate.name}/`));
    if (!app) return true;
    const inside = path.slice(`apps/${app.name}/`.length);
    return !app.dropped.some((pattern) => pattern.test(inside));
  };
}
