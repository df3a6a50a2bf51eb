import { availability } from './availability.js';

// Kept free of heavy imports: `--help` reads these.
export const layouts = ['monolith', 'modular', 'microservices'] as const;
export const httpAdapters = ['fastify', 'express'] as const;
export const transports = ['tcp', 'nats', 'redis', 'rabbitmq'] as const;
export const packageManagers = ['npm', 'pnpm', 'yarn'] as const;
export const jwtAlgorithms = ['HS256', 'EdDSA', 'RS256'] as const;

export type Layout = (typeof layouts)[number];
export type HttpAdapter = (typeof httpAdapters)[number];
export type Transport = (typeof transports)[number];
export type PackageManager = (typeof packageManagers)[number];
export type JwtAlgorithm = (typeof jwtAlgorithms)[number];

/** The spec's defaults, restricted to what is available today. */
export const optionDefaults = {
  directory: 'my-api',
  layout: 'monolith' as Layout,
  http: 'fastify' as HttpAdapter,
  modules: [] as string[],
  services: ['users'], // applied only to the microservices layout
  transport: 'tcp' as Transport,
  auth: availability.features.auth,
  rateLimit: availability.features.rateLimit,
  jwtAlg: 'HS256' as JwtAlgorithm,
  // The gateway and the services verify tokens the identity service signs: they hold the public key only.
  microservicesJwtAlg: 'EdDSA' as JwtAlgorithm,
  packageManager: 'npm' as PackageManager,
  install: true,
  git: true,
};

export function availableLayouts(): Layout[] {
  return layouts.filter((layout) => availability.layouts[layout]);
}

export function availableTransports(): Transport[] {
  return transports.filter((transport) => availability.transports[transport]);
}
