import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { availability, type Feature } from './availability.js';
import {
  availableLayouts,
  availableTransports,
  httpAdapters,
  jwtAlgorithms,
  layouts,
  optionDefaults,
  packageManagers,
  transports,
} from './choices.js';
import { nameListProblems, type NameKind } from './names.js';
import { projectNameProblem } from './package-name.js';

function oneOf<const T extends readonly [string, ...string[]]>(flag: string, values: T) {
  return z.enum(values, {
    error: (issue) => `${flag} ${String(issue.input)} is not valid (valid: ${values.join(', ')})`,
  });
}

function unavailable(flag: string) {
  return `${flag} is not available yet`;
}

// Inner checks run only for values the user gave: `.default()` short-circuits on undefined.
function feature(name: Feature, flag: string) {
  return z
    .boolean()
    .refine((on) => !on || availability.features[name], unavailable(flag))
    .default(optionDefaults[name as 'auth' | 'rateLimit']);
}

function nameList(name: Feature, flag: string, kind: NameKind) {
  return z
    .array(z.string())
    .superRefine((names, ctx) => {
      if (names.length > 0 && !availability.features[name]) {
        ctx.addIssue({ code: 'custom', message: unavailable(flag) });
        return;
      }
      for (const problem of nameListProblems(names, kind)) {
        ctx.addIssue({ code: 'custom', message: `${flag}: ${problem}` });
      }
    })
    .default([]);
}

export const projectOptionsObject = z.object({
  name: z.string().superRefine((name, ctx) => {
    const problem = projectNameProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  directory: z.string().refine(isAbsolute, 'the project directory must be an absolute path'),
  layout: oneOf('--layout', layouts)
    .refine((layout) => availability.layouts[layout], {
      error: (issue) =>
        `--layout ${String(issue.input)} is not available yet (available: ${availableLayouts().join(', ')})`,
    })
    .default(optionDefaults.layout),
  http: oneOf('--http', httpAdapters).default(optionDefaults.http),
  modules: nameList('modules', '--modules', 'module'),
  services: nameList('services', '--services', 'service'),
  transport: oneOf('--transport', transports)
    .refine(() => availability.features.transport, unavailable('--transport'))
    .refine((transport) => availability.transports[transport], {
      error: (issue) => `--transport ${String(issue.input)} is not available yet (available: ${availableTransports().join(', ')})`,
    })
    .default(optionDefaults.transport),
  auth: feature('auth', '--auth'),
  rateLimit: feature('rateLimit', '--rate-limit'),
  // Undefined until the layout is known: each layout has its own default.
  jwtAlg: oneOf('--jwt-alg', jwtAlgorithms).optional(),
  preset: z
    .string()
    .min(1, '--preset needs a path or package name')
    .refine(() => availability.features.preset, unavailable('--preset'))
    .optional(),
  // A preset's own features, on or off, by their option key; absent without a preset.
  features: z.record(z.string(), z.boolean()).optional(),
  packageManager: oneOf('--package-manager', packageManagers).default(optionDefaults.packageManager),
  install: z.boolean().default(optionDefaults.install),
  git: z.boolean().default(optionDefaults.git),
});

// Modules that come with a feature: auth is two modules, `auth` and `users`.
function featureModules(options: { auth: boolean }): string[] {
  return options.auth ? ['auth', 'users'] : [];
}

export const projectOptionsSchema = projectOptionsObject
  .refine((options) => options.modules.length === 0 || options.layout === 'modular', {
    error: (issue) => {
      const { layout } = issue.input as { layout: string };
      return `--modules needs --layout modular (the ${layout} layout has no modules)`;
    },
  })
  .refine((options) => options.services.length === 0 || options.layout === 'microservices', {
    error: '--services needs --layout microservices',
  })
  .refine((options) => options.layout !== 'microservices' || options.auth, {
    error: '--no-auth is not supported by --layout microservices: its identity service owns users and tokens',
  })
  .refine((options) => options.layout !== 'microservices' || options.jwtAlg !== 'HS256', {
    error:
      '--jwt-alg HS256 is not supported by --layout microservices: the gateway and services verify tokens with a public key (use EdDSA or RS256)',
  })
  .transform(({ jwtAlg, ...options }) => {
    if (options.layout === 'microservices') {
      return {
        ...options,
        jwtAlg: jwtAlg ?? optionDefaults.microservicesJwtAlg,
        services: options.services.length > 0 ? options.services : [...optionDefaults.services],
      };
    }
    return { ...options, jwtAlg: jwtAlg ?? optionDefaults.jwtAlg };
  })
  .transform((options) => {
    if (options.layout === 'modular') {
      // Every module of the project, in the manifest too: the module generator adds to this list.
      return { ...options, modules: [...new Set([...featureModules(options), ...options.modules])] };
    }
    return options;
  });

export type ProjectOptions = z.infer<typeof projectOptionsSchema>;
export type ProjectOptionsInput = z.input<typeof projectOptionsSchema>;

/** The first problem of a failed parse, as one line. */
export function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid options';
  return issue.path.length > 0 && issue.code !== 'custom' && !issue.message.startsWith('--')
    ? `${issue.path.join('.')}: ${issue.message}`
    : issue.message;
}
