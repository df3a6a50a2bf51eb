import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { httpAdapters, jwtAlgorithms, layouts, packageManagers, transports } from '../options/choices.js';
import type { ProjectOptions } from '../options/project-options.js';

export const manifestFileName = 'backend-arch.json';

/** `backend-arch.json`: what the module generator needs to know about a generated project. */
export const manifestSchema = z.object({
  $schema: z.string().optional(),
  generator: z.object({ name: z.string().min(1), version: z.string().min(1) }),
  layout: z.enum(layouts),
  http: z.enum(httpAdapters),
  auth: z.boolean(),
  jwtAlg: z.enum(jwtAlgorithms).optional(),
  rateLimit: z.boolean(),
  modules: z.array(z.string()),
  services: z.array(z.string()),
  transport: z.enum(transports),
  packageManager: z.enum(packageManagers),
  // With a team preset only: which one (its content hash covers its parents), and its features' values.
  preset: z.object({ name: z.string(), version: z.string(), hash: z.string() }).optional(),
  features: z.record(z.string(), z.boolean()).optional(),
});

export type Manifest = z.infer<typeof manifestSchema>;

export function createManifest(
  options: ProjectOptions,
  generator: Manifest['generator'],
  preset?: Manifest['preset'],
): Manifest {
  const { layout, http, auth, jwtAlg, rateLimit, modules, services, transport, packageManager } = options;
  return {
    generator,
    layout,
    http,
    auth,
    ...(auth ? { jwtAlg } : {}),
    rateLimit,
    modules,
    services,
    transport,
    packageManager,
    ...(preset ? { preset: { name: preset.name, version: preset.version, hash: preset.hash } } : {}),
    ...(options.features ? { features: options.features } : {}),
  };
}

/** Reads and validates `<dir>/backend-arch.json`, with errors that say which file and field. */
export async function readManifest(dir: string): Promise<Manifest> {
  const file = join(dir, manifestFileName);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${file} not found: run this inside a project created by create-backend-arch`, { cause: error });
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'manifest';
    throw new Error(`${file} is invalid: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
