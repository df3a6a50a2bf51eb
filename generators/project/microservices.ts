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

/** A message broker the apps meet through: where it runs in the compose file and on the developer's machine. */
interface Broker {
  /** Its compose service, by name (also its host name inside compose), as a YAML-ready object. */
  service: string;
  compose: Record<string, unknown>;
  scheme: string;
  /** The URL protocols the apps accept for it (a regular expression's source): TLS too where the broker has it. */
  protocols: string;
  port: number;
  /** A paragraph of the README's "How a request travels": what the broker keeps of a request. */
  note?: string;
}

/** What each transport brings: its packages, and its broker unless the apps talk directly (TCP). */
const TRANSPORTS: Record<ProjectOptions['transport'], { dependencies: DependencyName[]; broker?: Broker }> = {
  tcp: { dependencies: [] },
  nats: {
    dependencies: ['@nats-io/transport-node'],
    broker: { service: 'nats', compose: { image: 'nats:2', ports: ['4222:4222'] }, scheme: 'nats', protocols: 'nats', port: 4222 },
  },
  redis: {
    dependencies: ['ioredis'],
    broker: { service: 'redis', compose: { image: 'redis:7', ports: ['6379:6379'] }, scheme: 'redis', protocols: 'rediss?', port: 6379 },
  },
  rabbitmq: {
    dependencies: ['amqplib', 'amqp-connection-manager'],
    broker: {
      service: 'rabbitmq',
      compose: {
        image: 'rabbitmq:4',
        ports: ['5672:5672'],
        healthcheck: { test: ['CMD', 'rabbitmq-diagnostics', '-q', 'ping'], interval: '5s', timeout: '5s', retries: 20 },
      },
      scheme: 'amqp',
      protocols: 'amqps?',
      port: 5672,
      note: [
        'Each service has a RabbitMQ queue named after it; a request expires in it after `UPSTREAM_TIMEOUT_MS`, and',
        'neither queue nor messages outlive a broker restart: a service that was down never runs, once back, a call the',
        'gateway has already answered with a 504.',
      ].join('\n'),
    },
  },
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
  return TRANSPORTS[options.transport].dependencies;
}

/** The broker as the root templates see it, or undefined over TCP; `compose` is its service under `services:`. */
export function brokerData(options: ProjectOptions) {
  const broker = TRANSPORTS[options.transport].broker;
  if (!broker) return undefined;
  const { service, compose, scheme, protocols, port, note } = broker;
  return {
    name: options.transport,
    service,
    protocols,
    compose: { [service]: compose },
    /** Inside the compose network, and from the developer's machine (the apps' default). */
    url: `${scheme}://${service}:${port}`,
    localUrl: `${scheme}://127.0.0.1:${port}`,
    note,
  };
}
