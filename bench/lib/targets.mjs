import { nestResource, ourGen, ourGenOnly } from '../suites/module.mjs';
import { ratio } from './stats.mjs';

const median = (summary) => summary?.median;

/**
 * The goals of issue 7 as ratios of figures from the same run. `met` is undefined when a figure is
 * missing (suite not run, feature not available yet).
 */
export function evaluateTargets(results) {
  const create = results.create?.commands ?? {};
  const module = results.module?.commands ?? {};
  const footprint = results.footprint?.projects ?? {};
  const apps = Object.fromEntries((results.runtime?.apps ?? []).map((app) => [app.app, app]));
  const rps = (app, routePrefix) => median(apps[app]?.routes?.find((route) => route.route.startsWith(routePrefix))?.rps);
  const generated = footprint['generated monolith (fastify)'];
  const nest = footprint['nest new'];
  const goals = [
    ['create a monolith vs nest new', median(create['create-backend-arch (monolith)']), median(create['nest new']), '<=', 0.2],
    ['create a monolith vs create-vite', median(create['create-backend-arch (monolith)']), median(create['create-vite']), '<=', 3],
    ['CLI start-up (--version) vs node -e 0', median(create['create-backend-arch --version']), median(create['node -e 0']), '<=', 2],
    ['add a module (npm run gen, with prisma generate) vs nest g resource', median(module[ourGen]), median(module[nestResource]), '<=', 1 / 3],
    ['add a module, generation only (--no-generate) vs nest g resource', median(module[ourGenOnly]), median(module[nestResource]), '<=', 1 / 3],
    ['Fastify GET /health/live req/s vs bare Nest Fastify', rps('generated fastify', 'GET /health/live'), rps('bare Nest fastify', 'GET /health'), '>=', 0.9],
    ['Fastify GET /api/v1/users/me req/s vs bare Nest Fastify', rps('generated fastify', 'GET /api/v1/users/me'), rps('bare Nest fastify', 'GET /health'), '>=', 0.35],
    ['Fastify boot time vs bare Nest Fastify', median(apps['generated fastify']?.bootMs), median(apps['bare Nest fastify']?.bootMs), '<=', 1.5],
    ['Fastify RSS after boot vs bare Nest Fastify', median(apps['generated fastify']?.rssAfterBootMiB), median(apps['bare Nest fastify']?.rssAfterBootMiB), '<=', 1.5],
    ['Express GET /health/live req/s vs bare Nest Express', rps('generated express', 'GET /health/live'), rps('bare Nest express', 'GET /health'), '>=', 0.9],
    ['installed packages vs nest new', generated?.packages, nest?.packages, '<=', 1.6],
    ['node_modules size vs nest new', generated?.sizeBytes, nest?.sizeBytes, '<=', 2],
  ];
  return goals.map(([name, value, baseline, comparison, goal]) => {
    const measured = ratio(value, baseline);
    const exact = measured === undefined ? undefined : value / baseline;
    const met = exact === undefined ? undefined : comparison === '<=' ? exact <= goal : exact >= goal;
    return { name, value, baseline, ratio: measured, goal: `${comparison} ${Math.round(goal * 100) / 100}`, met };
  });
}
