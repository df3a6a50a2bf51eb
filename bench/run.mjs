// `npm run bench`: issue 7's benchmarks (create, footprint, add a module, runtime) against baselines
// measured in the same run. Writes bench/results/latest.{json,md} and the README's Benchmarks
// section; a quick or partial run writes bench/results/dev.* instead. Missed goals are reported, never fatal.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from './lib/config.mjs';
import { elapsedSeconds, log } from './lib/log.mjs';
import { describeMachine } from './lib/machine.mjs';
import { createProjects } from './lib/projects.mjs';
import { updateReadme } from './lib/readme.mjs';
import { renderReport } from './lib/report.mjs';
import { evaluateTargets } from './lib/targets.mjs';
import { createSuite } from './suites/create.mjs';
import { footprintSuite } from './suites/footprint.mjs';
import { moduleSuite } from './suites/module.mjs';
import { runtimeSuite } from './suites/runtime.mjs';

const suites = { create: createSuite, footprint: footprintSuite, module: moduleSuite, runtime: runtimeSuite };
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(repoRoot, 'bench', 'results');

// `npm run` passes its settings down as npm_* variables; the installs and CLIs measured here must not see them.
for (const name of Object.keys(process.env)) if (name.startsWith('npm_')) delete process.env[name];

const unknown = config.suites.filter((name) => !suites[name]);
if (unknown.length) {
  console.error(`unknown suite(s): ${unknown.join(', ')}; known: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}

const machine = describeMachine();
const startedAt = new Date().toISOString();
const workDir = await mkdtemp(join(tmpdir(), 'backend-arch-bench-'));
const projects = createProjects(workDir);
const results = {};
let failed = false;
log(`work directory ${workDir}; suites: ${config.suites.join(', ')}${config.quick ? ' (quick)' : ''}`);
try {
  for (const name of config.suites) {
    log(`suite ${name}`);
    try {
      results[name] = await suites[name]({ projects, workDir });
    } catch (error) {
      failed = true;
      log(`suite ${name} failed: ${error.stack ?? error}`);
      results[name] = { error: String(error.message ?? error) };
    }
  }
} finally {
  if (!config.keep) await rm(workDir, { recursive: true, force: true });
  else log(`kept ${workDir}`);
}

const report = {
  meta: {
    startedAt,
    finishedAt: new Date().toISOString(),
    durationS: elapsedSeconds(),
    machine,
    config: { ...config, official: config.official },
  },
  targets: evaluateTargets(results),
  ...results,
};
const name = config.official ? 'latest' : 'dev';
const markdown = renderReport(report);
await mkdir(resultsDir, { recursive: true });
await writeFile(join(resultsDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(join(resultsDir, `${name}.md`), markdown);
if (config.official && !(await updateReadme(join(repoRoot, 'README.md'), markdown))) {
  log('README.md has no <!-- bench:start --> / <!-- bench:end --> markers: not updated');
}
process.stdout.write(markdown);
log(`wrote bench/results/${name}.json and ${name}.md in ${elapsedSeconds()} s`);
process.exitCode = failed ? 1 : 0;
