import type { ProjectOptions } from '../../src/options/project-options.js';
import type { DependencyName } from './dependency-versions.js';

/** What one feature adds: its template tree (laid out like an app root) and the packages its code imports. */
export interface Feature {
  template: string;
  dependencies?: DependencyName[];
  devDependencies?: DependencyName[];
}

export const HTTP_PLATFORMS: Record<ProjectOptions['http'], Feature> = {
  fastify: {
    template: 'features/http-fastify',
    dependencies: ['@nestjs/platform-fastify', '@fastify/static'],
  },
  express: {
    template: 'features/http-express',
    dependencies: ['@nestjs/platform-express'],
    devDependencies: ['@types/express'],
  },
};

export const APP_BASE: Feature = {
  template: 'app-base',
  devDependencies: [
    '@nestjs/cli',
    '@nestjs/testing',
    '@eslint/js',
    '@swc/core',
    '@types/node',
    '@types/pg',
    '@vitest/coverage-v8',
    'dependency-cruiser',
    'eslint',
    'rolldown',
    'typescript',
    'typescript-eslint',
    'unplugin-swc',
    'vitest',
  ],
};

export const CORE: Feature = {
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

export const DATABASE: Feature = {
  template: 'features/database',
  dependencies: ['@prisma/adapter-pg', '@prisma/client', 'pg'],
  devDependencies: ['prisma', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
};

export const AUTH: Feature = { template: 'features/auth', dependencies: ['@node-rs/argon2', 'jose', 'lru-cache'] };
// Page and limit of a list route: the users list of auth, every generated module's list, a service's resource list.
export const PAGINATION: Feature = { template: 'features/pagination' };
export const AUTH_KEYS: Record<ProjectOptions['jwtAlg'], Feature> = {
  HS256: { template: 'features/auth-keys-hmac' },
  EdDSA: { template: 'features/auth-keys-asymmetric' },
  RS256: { template: 'features/auth-keys-asymmetric' },
};
export const HEALTH: Feature = { template: 'features/health', dependencies: ['@nestjs/terminus'] };
// Tests of how the two features work together, present only when both are on.
export const AUTH_WITH_RATE_LIMIT: Feature = { template: 'features/auth-rate-limit' };
export const RATE_LIMIT: Feature = { template: 'features/rate-limit', dependencies: ['@nestjs/throttler', 'ioredis'] };
export const OPENAPI: Feature = { template: 'features/openapi', dependencies: ['@nestjs/swagger'] };
// README, compose file and CI workflow of a project that is one Nest app.
export const ONE_APP: Feature = { template: 'layouts/one-app', devDependencies: ['prettier'] };
export const MONOLITH: Feature = { template: 'layouts/monolith' };
export const MODULAR: Feature = { template: 'layouts/modular/base', dependencies: ['@nestjs/event-emitter'] };
// The public index.ts of the auth and users modules and the users module's domain event.
export const MODULAR_AUTH: Feature = { template: 'layouts/modular/auth' };
// One per `--modules` name that no feature provides: an empty, wired Nest module.
export const EMPTY_MODULE = 'layouts/modular/module';
