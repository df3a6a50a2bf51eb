import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../../src/manifest/manifest-schema.js';
import { firstIssueMessage, type ProjectOptions, projectOptionsSchema } from '../../src/options/project-options.js';
import { GenRequestError } from '../shared/gen-request-error.js';

/** The project's name as its templates saw it: the root package's name (the contracts package is `<name>-contracts`). */
async function projectName(projectRoot: string): Promise<string> {
  try {
    const { name } = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { name?: unknown };
    if (typeof name === 'string') return name;
  } catch {
    // Reported below as one line.
  }
  throw new GenRequestError(`${join(projectRoot, 'package.json')} has no "name"; it names the project's packages`);
}

/** The options the project was created with, as the manifest records them, with `services` as given. */
export async function projectOptionsOf(projectRoot: string, manifest: Manifest, services: string[]): Promise<ProjectOptions> {
  const parsed = projectOptionsSchema.safeParse({
    name: await projectName(projectRoot),
    directory: projectRoot,
    layout: manifest.layout,
    http: manifest.http,
    auth: manifest.auth,
    jwtAlg: manifest.jwtAlg,
    rateLimit: manifest.rateLimit,
    services,
    transport: manifest.transport,
    packageManager: manifest.packageManager,
    install: false,
    git: false,
  });
  if (!parsed.success) throw new GenRequestError(`backend-arch.json: ${firstIssueMessage(parsed.error)}`);
  return parsed.data;
}
