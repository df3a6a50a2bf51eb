import { join } from 'node:path';
import type { ProjectOptions } from '../../src/options/project-options.js';
import { templatesDir } from '../../src/package-root.js';
import { type DependencyName, dependencyVersions } from './dependency-versions.js';

/** A template tree rendered into the project at `destination` (relative to the project root). */
export interface TemplateOverlay {
  name: string;
  templateDir: string;
  destination: string;
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
const HEALTH: Feature = { template: 'features/health', dependencies: ['@nestjs/terminus'] };
const RATE_LIMIT: Feature = { template: 'features/rate-limit', dependencies: ['@nestjs/throttler', 'ioredis'] };
const OPENAPI: Feature = { template: 'features/openapi', dependencies: ['@nestjs/swagger'] };
const MONOLITH: Feature = { template: 'layouts/monolith' };

function monolithFeatures(options: ProjectOptions): Feature[] {
  return [
    APP_BASE,
    CORE,
    HTTP_PLATFORMS[options.http],
    DATABASE,
    HEALTH,
    OPENAPI,
    // Later overlays replace earlier files: auth's user model replaces the database feature's.
    ...(options.auth ? [AUTH] : []),
    ...(options.rateLimit ? [RATE_LIMIT] : []),
    MONOLITH,
  ];
}

export function projectOverlays(options: ProjectOptions): TemplateOverlay[] {
  return monolithFeatures(options).map((feature) => ({
    name: feature.template,
    templateDir: join(templatesDir(), feature.template),
    destination: '',
  }));
}

export function templateData(options: ProjectOptions): Record<string, unknown> {
  const features = monolithFeatures(options);
  return {
    ...options,
    dependencies: pinned(features.flatMap((feature) => feature.dependencies ?? [])),
    devDependencies: pinned(features.flatMap((feature) => feature.devDependencies ?? [])),
  };
}

function pinned(names: DependencyName[]): Record<string, string> {
  return Object.fromEntries([...new Set(names)].sort().map((name) => [name, dependencyVersions[name]]));
}
