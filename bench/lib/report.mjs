// The markdown tables of a run (bench/results/latest.md and the README's Benchmarks section).
const ms = (summary) => (summary?.median === undefined ? '–' : `${summary.median} ms (${summary.min}–${summary.max})`);
const seconds = (summary) =>
  summary?.median === undefined ? '–' : `${(summary.median / 1000).toFixed(1)} s (${(summary.min / 1000).toFixed(1)}–${(summary.max / 1000).toFixed(1)})`;
const mib = (bytes) => (bytes === undefined ? '–' : `${Math.round(bytes / 2 ** 20)} MiB`);
const plain = (summary, unit = '') => (summary?.median === undefined ? '–' : `${summary.median}${unit} (${summary.min}–${summary.max})`);
const number = (value) => (value === undefined ? '–' : value.toLocaleString('en-US'));

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function missing(result) {
  if (result?.notAvailable) return `not available: ${result.notAvailable}`;
  if (result?.error) return `failed: ${result.error.split('\n')[0]}`;
  return undefined;
}

function targetsTable(targets) {
  const mark = (met) => (met === undefined ? '–' : met ? 'yes' : '**no**');
  return table(
    ['goal (same run)', 'ratio', 'target', 'met'],
    targets.map((target) => [target.name, target.ratio ?? '–', target.goal, mark(target.met)]),
  );
}

function commandsTable(commands, format = ms) {
  return table(
    ['command', 'median (min–max)'],
    Object.entries(commands).map(([name, result]) => [`\`${name}\``, missing(result) ?? format(result)]),
  );
}

function footprintTable({ projects }) {
  return table(
    ['project', 'packages', 'node_modules', 'production packages', 'production size', 'deps / devDeps', 'npm install, warm cache'],
    Object.entries(projects).map(([name, p]) => [
      name,
      number(p.packages),
      mib(p.sizeBytes),
      number(p.productionPackages),
      mib(p.productionSizeBytes),
      `${p.dependencies} / ${p.devDependencies}`,
      missing(p.install) ?? seconds(p.install),
    ]),
  );
}

function runtimeTables({ apps }) {
  const boot = table(
    ['app', 'boot to first 200', 'RSS after boot', 'RSS after load'],
    apps.map((app) => [app.app, ms(app.bootMs), plain(app.rssAfterBootMiB, ' MiB'), app.rssAfterLoadMiB === undefined ? '–' : `${app.rssAfterLoadMiB} MiB`]),
  );
  const load = table(
    ['app', 'route', 'req/s median (min–max)', 'p50', 'p99', 'non-2xx/errors'],
    apps.flatMap((app) =>
      (app.routes ?? []).map((route) =>
        route.notAvailable
          ? [app.app, route.route, `not available: ${route.notAvailable}`, '', '', '']
          : [app.app, route.route, plain(route.rps), `${route.p50Ms.median} ms`, `${route.p99Ms.median} ms`, number(route.failed)],
      ),
    ),
  );
  return `${boot}\n\n${load}`;
}

/** The whole report as markdown. */
export function renderReport(results) {
  const { meta } = results;
  const m = meta.machine;
  const sections = [
    `Measured ${meta.finishedAt.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB), ${m.os}, Node ${m.node}, npm ${m.npm}; ` +
      `load average at start ${m.loadAverageAtStart.join(' / ')}. \`npm run bench\` took ${Math.floor(meta.durationS / 60)} min ${meta.durationS % 60} s ` +
      `(median of ${meta.config.runs} runs, ${meta.config.installRuns} installs, ${meta.config.boots} boots; load: autocannon, ` +
      `${meta.config.connections} connections, ${meta.config.rounds} x ${meta.config.durationS} s rounds per route).`,
    `**Goals**\n\n${targetsTable(results.targets)}`,
  ];
  if (results.create) {
    const versions = Object.entries(results.create.versions).map(([name, version]) => `${name} ${version}`).join(', ');
    sections.push(`**Create** (no install, no git; ${versions})\n\n${commandsTable(results.create.commands)}`);
  }
  if (results.module) sections.push(`**Add a module** (\`--fields "${results.module.fields}"\`)\n\n${commandsTable(results.module.commands)}`);
  if (results.footprint) sections.push(`**Footprint** (install: no lockfile, warm cache, \`--prefer-offline\`; create-backend-arch from its packed tarball, as published)\n\n${footprintTable(results.footprint)}`);
  if (results.runtime) {
    sections.push(`**Runtime** (production builds; ${results.runtime.database}; all on 127.0.0.1)\n\n${runtimeTables(results.runtime)}`);
  }
  return `${sections.join('\n\n')}\n`;
}
