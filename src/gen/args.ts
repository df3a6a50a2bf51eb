import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

const options = {
  fields: { type: 'string' },
  owned: { type: 'boolean' },
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  generate: { type: 'boolean' },
  install: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export interface GenArgs {
  generator?: string;
  name?: string;
  fields?: string;
  owned: boolean;
  force: boolean;
  dryRun: boolean;
  /** Run `prisma generate` after writing (on by default). */
  generate: boolean;
  /** `gen service`: install (links the new workspace, rebuilds the contracts) and generate its Prisma client (on by default). */
  install: boolean;
  help: boolean;
}

export function parseGenArgs(argv: string[]): GenArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true, allowNegative: true });
  } catch (error) {
    const flag = /'([^']+)'/.exec((error as Error).message)?.[1];
    throw new UsageError(flag ? `unknown option ${flag} (see --help)` : `${(error as Error).message.split('. ')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 2) throw new UsageError(`expected a generator and a name, got: ${positionals.join(' ')} (see --help)`);
  return {
    generator: positionals[0],
    name: positionals[1],
    fields: values.fields,
    owned: values.owned ?? false,
    force: values.force ?? false,
    dryRun: values['dry-run'] ?? false,
    generate: values.generate ?? true,
    install: values.install ?? true,
    help: values.help ?? false,
  };
}

export const genHelp = `Usage: npm run gen -- module <name> [options]        (monolith and modular layouts)
       npm run gen -- service <name> [options]       (microservices layout)

module: adds a vertical slice to this project: Prisma model and migration, domain entity, repository port
and Prisma repository, use cases, controller with zod DTOs and OpenAPI, unit and e2e tests, wired
into the application module.

  <name>              kebab-case, e.g. orders or order-items (routes /api/v1/<plural>)
  --fields "..."      name:type[?][:unique|:index], comma-separated; types: string, text, int,
                      bigint, float, decimal, boolean, datetime, date, uuid, json, enum(a|b);
                      ? makes a field optional
  --owned             records belong to the signed-in user; others get 404
  --dry-run           print the new files and a diff of each modified file; write nothing
  --force             regenerate a module that exists
  --no-generate       skip \`prisma generate\` after writing
  -h, --help

Example: npm run gen -- module orders --fields "title:string,price:decimal,paid:boolean?,status:enum(draft|paid)"

service: adds a resource service as if --services had named it at creation: apps/<name> (its own
database, migration, message handlers and tests), its contract in packages/contracts, its routes
in the gateway, and its place in package.json, docker-compose.yml, docker/postgres-init.sql, the
gateway's .env.example and README.md.

  <name>              kebab-case plural, e.g. payments (routes /api/v1/<name>)
  --dry-run           print the new files and a diff of each modified file; write nothing
  --no-install        skip the install that links the new workspace and its \`prisma generate\`

Example: npm run gen -- service payments

Other generators in the project's plopfile run with: npm run gen -- <generator>
`;
