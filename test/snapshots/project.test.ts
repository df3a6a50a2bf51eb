import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectChangedFiles,
  expectEveryFile,
  expectFileList,
  render,
  type RenderedProject,
  temporaryWorkDir,
} from './render.js';

const workDir = temporaryWorkDir('snapshots-');

// Review every snapshot change: it is a change to what users get.
describe.each(['fastify', 'express'] as const)('project: monolith × %s (defaults)', (http) => {
  let project: RenderedProject;

  beforeAll(async () => {
    project = await render(join(workDir(), http), { http });
  });

  it('has this file list', () => {
    expectFileList(project);
  });

  it('has this content in every file', () => {
    expectEveryFile(project);
  });
});

// Each variant is snapshotted as its file list plus every file that differs from the defaults above.
describe.each([
  { variant: 'no-auth', options: { auth: false } },
  { variant: 'no-rate-limit', options: { rateLimit: false } },
  { variant: 'no-auth-no-rate-limit', options: { auth: false, rateLimit: false } },
  { variant: 'jwt-eddsa', options: { jwtAlg: 'EdDSA' } },
  { variant: 'jwt-rs256', options: { jwtAlg: 'RS256' } },
] as const)('project: monolith × fastify, $variant', ({ variant, options }) => {
  let project: RenderedProject;
  let defaults: RenderedProject;

  beforeAll(async () => {
    defaults = await render(join(workDir(), `${variant}-defaults`), {});
    project = await render(join(workDir(), variant), options);
  });

  it('has this file list', () => {
    expectFileList(project);
  });

  it('has this content where it differs from the defaults', () => {
    expectChangedFiles(project, defaults);
  });
});

describe('a feature turned off leaves no trace', () => {
  const traces = {
    // Generic hygiene such as redacting `authorization` headers or `*_token` fields in logs stays on.
    auth: /jwt|argon2|\bjose\b|RefreshToken|refresh-token|@Public\(|@Roles\(|AuthModule|api\/auth|users\/me/i,
    // The RATE_LIMITED error code stays: it is part of the envelope contract every app shares.
    rateLimit: /throttl|rate-limit|RateLimit(Module|Guard)|AuthRateLimit|RATE_LIMIT_|REDIS_URL|ioredis/,
  };

  it.each([
    ['auth', { auth: false }],
    ['rateLimit', { rateLimit: false }],
  ] as const)('without %s', async (feature, options) => {
    const { files } = await render(join(workDir(), `trace-${feature}`), options);
    // The manifest records every option, including the ones turned off.
    const leaks = [...files].filter(
      ([path, content]) => path !== 'backend-arch.json' && (traces[feature].test(path) || traces[feature].test(content)),
    );
    expect(leaks.map(([path]) => path)).toEqual([]);
  });
});
