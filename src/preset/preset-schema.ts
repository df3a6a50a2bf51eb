import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { httpAdapters, jwtAlgorithms, layouts, packageManagers, transports } from '../options/choices.js';

export const presetFileName = 'backend-arch.preset.json';

/** A path inside the preset, relative to its root: never absolute, never through `..`. */
function insidePath(what: string) {
  return z
    .string()
    .min(1, `${what} must not be empty`)
    .refine((path) => !isAbsolute(path) && !/^[a-zA-Z]:/.test(path), `${what} must be relative to the preset's root`)
    .refine((path) => !path.split(/[\\/]/).includes('..'), `${what} must stay inside the preset (no "..")`);
}

/** The options a preset may set a default for or lock: every project option the CLI has a flag for. */
export const presetOptionSchemas = {
  layout: z.enum(layouts),
  http: z.enum(httpAdapters),
  jwtAlg: z.enum(jwtAlgorithms),
  modules: z.array(z.string()),
  services: z.array(z.string()),
  transport: z.enum(transports),
  auth: z.boolean(),
  rateLimit: z.boolean(),
  packageManager: z.enum(packageManagers),
  install: z.boolean(),
  git: z.boolean(),
};

export type PresetOptionKey = keyof typeof presetOptionSchemas;
export const presetOptionKeys = Object.keys(presetOptionSchemas) as PresetOptionKey[];

const packageVersions = z.record(z.string().min(1), z.string().min(1, 'a version range must not be empty'));

/**
 * `backend-arch.preset.json`. Besides the options above, `defaults` takes `true`/`false` for the
 * preset's own features (their `option.key`); which keys exist is checked once the features are read.
 */
export const presetManifestSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z
    .string()
    .regex(/^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/, 'name must be an npm package name, e.g. @acme/backend-preset'),
  version: z.string().min(1, 'version must not be empty').default('0.0.0'),
  extends: z.string().min(1, 'extends must name a preset (path or package)').optional(),
  defaults: z
    .object(Object.fromEntries(presetOptionKeys.map((key) => [key, presetOptionSchemas[key].optional()])) as {
      [K in PresetOptionKey]: z.ZodOptional<(typeof presetOptionSchemas)[K]>;
    })
    .catchall(z.boolean({ error: 'unknown option; a feature of the preset takes true or false' }))
    .default({}),
  locked: z.array(z.string().min(1)).default([]),
  templates: insidePath('templates').optional(),
  features: insidePath('features').optional(),
  generators: insidePath('generators').optional(),
  dependencies: z
    .strictObject({ dependencies: packageVersions.optional(), devDependencies: packageVersions.optional() })
    .default({}),
  postGenerate: z.array(z.string().trim().min(1, 'a command must not be empty')).default([]),
});

export type PresetManifest = z.infer<typeof presetManifestSchema>;
export type PresetDefaults = PresetManifest['defaults'];

/** The first problem of a failed parse as `<file>: <field>: <problem>`. */
export function presetIssueLine(file: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${file}: invalid`;
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return `${file}: ${where}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  return `${file}: ${issue.path.length ? issue.path.join('.') : 'manifest'}: ${issue.message}`;
}
