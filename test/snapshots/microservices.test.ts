import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as AvailabilityModule from '../../src/options/availability.js';
import type { RenderedProject } from './render.js';

// Every transport is rendered whatever the availability map says, so its templates are reviewed before it is offered.
vi.mock('../../src/options/availability.js', async (importOriginal) => {
  const { availability } = await importOriginal<typeof AvailabilityModule>();
  return {
    availability: {
      layouts: { ...availability.layouts, microservices: true },
      features: { ...availability.features, services: true, transport: true },
      transports: { tcp: true, nats: true, redis: true, rabbitmq: true },
    },
  };
});

const { expectChangedFiles, expectEveryFile, expectFileList, render, temporaryWorkDir } = await import('./render.js');

const workDir = temporaryWorkDir('snapshots-microservices-');

const microservices = { layout: 'microservices' as const, services: ['users', 'orders'] };

// Review every snapshot change: it is a change to what users get.
describe('project: microservices × tcp, --services users,orders', () => {
  let project: RenderedProject;

  beforeAll(async () => {
    project = await render(join(workDir(), 'tcp'), microservices);
  });

  it('has this file list', () => {
    expectFileList(project);
  });

  it('has this content in every file', () => {
    expectEveryFile(project);
  });

  it('keeps every app to its own folder: no import reaches into another app', () => {
    const crossing = [...project.files].flatMap(([path, content]) => {
      const app = /^apps\/([^/]+)\//.exec(path)?.[1];
      if (!app) return [];
      return [...content.matchAll(/from '(\.[^']+)'/g)]
        .map(([, specifier]) => join(path, '..', specifier!))
        .filter((target) => !target.startsWith(`apps/${app}/`))
        .map((target) => `${path} -> ${target}`);
    });
    expect(crossing).toEqual([]);
  });

  it('gives the gateway the public key only', () => {
    expect(project.files.get('apps/gateway/.env')).toMatch(/^JWT_PUBLIC_KEY=/m);
    expect(project.files.get('apps/gateway/.env')).not.toContain('PRIVATE');
    expect(project.files.get('apps/identity/.env')).toMatch(/^JWT_PRIVATE_KEY=/m);
  });
});

// Each transport is snapshotted as its file list plus every file that differs from tcp's.
describe.each(['nats', 'redis', 'rabbitmq'] as const)('project: microservices × %s', (transport) => {
  let project: RenderedProject;
  let tcp: RenderedProject;

  beforeAll(async () => {
    tcp = await render(join(workDir(), `${transport}-tcp`), microservices);
    project = await render(join(workDir(), transport), { ...microservices, transport });
  });

  it('has this file list', () => {
    expectFileList(project);
  });

  it('has this content where it differs from tcp', () => {
    expectChangedFiles(project, tcp);
  });
});

describe('project: microservices, no-rate-limit', () => {
  let project: RenderedProject;
  let defaults: RenderedProject;

  beforeAll(async () => {
    defaults = await render(join(workDir(), 'no-rate-limit-defaults'), microservices);
    project = await render(join(workDir(), 'no-rate-limit'), { ...microservices, rateLimit: false });
  });

  it('has this file list', () => {
    expectFileList(project);
  });

  it('has this content where it differs from the defaults', () => {
    expectChangedFiles(project, defaults);
  });
});
