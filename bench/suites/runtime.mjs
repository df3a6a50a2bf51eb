import { runtimeApps } from '../lib/apps.mjs';
import { config } from '../lib/config.mjs';
import { freePort } from '../lib/free-port.mjs';
import { loadRound } from '../lib/load.mjs';
import { log } from '../lib/log.mjs';
import { startPostgres } from '../lib/postgres.mjs';
import { rssMiB, startServer } from '../lib/server.mjs';
import { summarize } from '../lib/stats.mjs';

const WARM_UP_S = 2;

async function start(app) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = await startServer({
    args: app.args,
    cwd: app.dir,
    env: { ...process.env, ...app.env, PORT: String(port) },
    readyUrl: `${baseUrl}${app.readyPath}`,
  });
  return { ...server, baseUrl };
}

/** Boot time to the first 200 and RSS right after, `config.boots` times per app, in turns. */
async function measureBoots(apps) {
  const boots = Object.fromEntries(apps.map((app) => [app.name, { bootMs: [], rssMiB: [] }]));
  for (let turn = 0; turn < config.boots; turn++) {
    for (const app of apps) {
      const server = await start(app);
      boots[app.name].bootMs.push(server.bootMs);
      boots[app.name].rssMiB.push(rssMiB(server.pid));
      await server.stop();
    }
  }
  return boots;
}

/** Every route of every app, round after round (all apps stay up, one is loaded at a time); then RSS after load. */
async function measureLoad(apps) {
  const running = [];
  try {
    for (const app of apps) {
      const server = await start(app);
      running.push({ app, server, routes: await app.routes(server.baseUrl) });
    }
    const targets = running.flatMap(({ app, routes }) => routes.filter((route) => route.url).map((route) => ({ app, route })));
    const rounds = new Map(targets.map((target) => [target, []]));
    const settings = { connections: config.connections };
    for (const { app, route } of targets) {
      log(`warm-up ${app.name} ${route.name}`);
      await loadRound({ ...route, ...settings, durationS: WARM_UP_S });
    }
    for (let round = 1; round <= config.rounds; round++) {
      for (const target of targets) {
        log(`load round ${round}/${config.rounds}: ${target.app.name} ${target.route.name}`);
        rounds.get(target).push(await loadRound({ ...target.route, ...settings, durationS: config.durationS }));
      }
    }
    return running.map(({ app, server, routes }) => ({
      app: app.name,
      rssAfterLoadMiB: rssMiB(server.pid),
      routes: routes.map((route) => {
        if (!route.url) return { route: route.name, notAvailable: route.notAvailable };
        const results = rounds.get(targets.find((target) => target.route === route));
        return {
          route: route.name,
          rps: summarize(results.map((result) => result.rps)),
          p50Ms: summarize(results.map((result) => result.p50)),
          p99Ms: summarize(results.map((result) => result.p99)),
          failed: results.reduce((sum, result) => sum + result.failed, 0),
          requests: results.reduce((sum, result) => sum + result.requests, 0),
        };
      }),
    }));
  } finally {
    await Promise.all(running.map(({ server }) => server.stop()));
  }
}

/** The generated monolith's production build (Fastify and Express) on PostgreSQL vs bare Nest and bare node:http. */
export async function runtimeSuite({ projects }) {
  const postgres = await startPostgres();
  try {
    const apps = await runtimeApps(projects, postgres);
    log(`runtime: ${config.boots} boots of ${apps.length} apps`);
    const boots = await measureBoots(apps);
    const load = await measureLoad(apps);
    return {
      database: postgres.kind,
      load: { connections: config.connections, durationS: config.durationS, rounds: config.rounds, tool: 'autocannon' },
      apps: apps.map((app) => ({
        app: app.name,
        bootMs: summarize(boots[app.name].bootMs),
        rssAfterBootMiB: summarize(boots[app.name].rssMiB),
        ...load.find((entry) => entry.app === app.name),
      })),
    };
  } finally {
    await postgres.stop();
  }
}
