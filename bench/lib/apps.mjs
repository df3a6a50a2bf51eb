import { config } from './config.mjs';
import { exec } from './exec.mjs';
import { restore, snapshot } from './git-snapshot.mjs';
import { log } from './log.mjs';
import { applyProjectMigrations } from './migrations.mjs';
import { schemaUrl } from './postgres.mjs';
import { moduleFields, packageJson } from './projects.mjs';
import { seedOrders, signUp } from './seed.mjs';

// Limits far above the load, so the rate-limit guard does all its work without turning requests away.
const unlimited = { RATE_LIMIT_LIMIT: '1000000000', AUTH_RATE_LIMIT_LIMIT: '1000000000' };

function startArgs(scripts, fallback) {
  const match = /^node\s+(\S+)$/.exec(scripts?.start ?? '');
  return [match ? match[1] : fallback];
}

/** Adds the `orders` module when the project has the module generator; otherwise says why not. */
async function addOrdersModule(dir) {
  const { scripts } = await packageJson(dir);
  if (!scripts?.gen) return { added: false, reason: 'the generated project has no gen script yet' };
  snapshot(dir);
  try {
    await exec('npm', ['run', 'gen', '--', 'module', 'orders', '--fields', moduleFields], { cwd: dir });
    return { added: true };
  } catch (error) {
    restore(dir);
    return { added: false, reason: `npm run gen failed: ${error.message.split('\n').slice(0, 3).join(' ')}` };
  }
}

/** The generated monolith on `http`, built for production, with its own schema migrated. */
async function generatedApp(projects, http, postgres) {
  let orders = { added: false, reason: 'not attempted' };
  const { dir } = await projects.builtGenerated(http, async (projectDir) => {
    orders = await addOrdersModule(projectDir);
  });
  const schema = `bench_${http}`;
  await applyProjectMigrations(dir, postgres.url, schema);
  const { scripts } = await packageJson(dir);
  return {
    name: `generated ${http}`,
    dir,
    args: startArgs(scripts, 'dist/main.js'),
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: schemaUrl(postgres.url, schema),
      ...unlimited,
      ...(config.appLogLevel ? { LOG_LEVEL: config.appLogLevel } : {}),
    },
    readyPath: '/health/ready',
    async routes(baseUrl) {
      const authorization = `Bearer ${await signUp(baseUrl)}`;
      const routes = [
        { name: 'GET /health/live', url: `${baseUrl}/health/live` },
        { name: 'GET /api/v1/users/me (auth)', url: `${baseUrl}/api/v1/users/me`, headers: { authorization } },
      ];
      const list = { name: `GET /api/v1/orders (${config.listRows} rows, first page)` };
      if (!orders.added) return [...routes, { ...list, notAvailable: orders.reason }];
      log(`seeding ${config.listRows} orders into the ${http} app`);
      const seeded = await seedOrders(baseUrl, authorization, config.listRows);
      if (seeded.problem) return [...routes, { ...list, notAvailable: seeded.problem }];
      return [...routes, { ...list, url: `${baseUrl}/api/v1/orders`, headers: { authorization } }];
    },
  };
}

/** `nest new` + GET /health on Fastify or Express: the baselines. */
async function bareNestApp(projects, platform) {
  const { dir } = await projects.bareNest();
  return {
    name: `bare Nest ${platform}`,
    dir,
    args: ['dist/main.js'],
    env: { NODE_ENV: 'production', HTTP_PLATFORM: platform },
    readyPath: '/health',
    routes: async (baseUrl) => [{ name: 'GET /health', url: `${baseUrl}/health` }],
  };
}

function nodeHttpApp(projects) {
  return {
    name: 'bare node:http',
    dir: process.cwd(),
    args: [projects.nodeHttpServer],
    env: { NODE_ENV: 'production' },
    readyPath: '/health',
    routes: async (baseUrl) => [{ name: 'GET /health', url: `${baseUrl}/health` }],
  };
}

/** Every app of the runtime suite, built and ready to start. */
export async function runtimeApps(projects, postgres) {
  // Prepared side by side (nothing is timed yet): two builds keep both cores busy.
  const [generatedFastify, generatedExpress, bareFastify] = await Promise.all([
    generatedApp(projects, 'fastify', postgres),
    generatedApp(projects, 'express', postgres),
    bareNestApp(projects, 'fastify'),
  ]);
  return [generatedFastify, generatedExpress, bareFastify, await bareNestApp(projects, 'express'), nodeHttpApp(projects)];
}
