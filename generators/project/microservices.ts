import pluralize from 'pluralize';
import type { ProjectOptions } from '../../src/options/project-options.js';
import { pascalCase } from 'change-case';
import type { ExtraModule } from '../features/compose-app.js';
import type { DependencyName } from '../../src/options/dependency-versions.js';

/** The service that owns users and tokens; `--services users` names it too. */
export const IDENTITY = 'identity';
const USERS_RESOURCE = 'users';

const GATEWAY_PORT = 3000;
const FIRST_SERVICE_HTTP_PORT = 3001;
const FIRST_SERVICE_RPC_PORT = 4001;

export type AppKind = 'gateway' | 'identity' | 'resource';

/**
 * One app of the workspace. What it is made of comes from the features its kind takes (each feature's
 * descriptor lists the files a gateway, the identity service or a resource service takes).
 */
export interface MicroserviceApp {
  name: string;
  kind: AppKind;
  /** Nest modules of its resources, one per service the app serves or routes to. */
  modules: ExtraModule[];
  /** Template data of this app only. */
  data: Record<string, unknown>;
}

const TRANSPORT_DEPENDENCIES: Record<ProjectOptions['transport'], DependencyName[]> = {
  tcp: [],
  nats: ['@nats-io/transport-node'],
  redis: ['ioredis'],
  rabbitmq: ['amqplib', 'amqp-connection-manager'],
};

/** The services of the project: identity first, then one per `--services` name other than `users`. */
export function serviceNames(options: ProjectOptions): string[] {
  return [IDENTITY, ...options.services.filter((name) => name !== USERS_RESOURCE && name !== IDENTITY)];
}

function resourceModule(resource: string): ExtraModule {
  return { symbol: `${pascalCase(resource)}Module`, from: `src/api/${resource}/${resource}.module.ts`, order: 60 };
}

function gateway(options: ProjectOptions): MicroserviceApp {
  const resources = serviceNames(options).filter((name) => name !== IDENTITY);
  return { name: 'gateway', kind: 'gateway', modules: resources.map(resourceModule), data: { app: 'gateway', port: GATEWAY_PORT } };
}

function service(name: string, index: number): MicroserviceApp {
  const identity = name === IDENTITY;
  const resource = identity ? USERS_RESOURCE : name;
  return {
    name,
    kind: identity ? 'identity' : 'resource',
    // The identity service's modules are auth's.
    modules: identity ? [] : [resourceModule(resource)],
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
  return [gateway(options), ...serviceNames(options).map((name, index) => service(name, index))];
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
