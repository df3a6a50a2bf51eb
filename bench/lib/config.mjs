// What a run measures and for how long. The default is the full run of issue 7; BENCH_QUICK=1 is for development.
const quick = process.env.BENCH_QUICK === '1';
const number = (name, fallback) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const allSuites = ['create', 'footprint', 'module', 'runtime'];

export const config = {
  /** Only a full run of every suite is written to bench/results/latest.* and the README. */
  get official() {
    return !quick && allSuites.every((suite) => this.suites.includes(suite));
  },
  quick,
  /** Timed runs of every command (after one untimed warm-up); the median is reported. */
  runs: number('BENCH_RUNS', quick ? 2 : 5),
  /** Timed installs per project (each removes node_modules and the lockfile first): up to a minute each, hence 3. */
  installRuns: number('BENCH_INSTALL_RUNS', quick ? 1 : 3),
  /** Boots per app for boot time and RSS after boot. */
  boots: number('BENCH_BOOTS', quick ? 2 : 5),
  /** Load: rounds per route, seconds per round, concurrent connections (loopback only). */
  rounds: number('BENCH_ROUNDS', quick ? 1 : 3),
  durationS: number('BENCH_DURATION', quick ? 3 : 10),
  connections: number('BENCH_CONNECTIONS', 50),
  /** Rows in the generated module's table before its list route is loaded. */
  listRows: number('BENCH_LIST_ROWS', 1000),
  suites: (process.env.BENCH_SUITES ?? allSuites.join(',')).split(',').map((suite) => suite.trim()).filter(Boolean),
  /** Keep the temporary work directory (projects, logs) for inspection. */
  keep: process.env.BENCH_KEEP === '1',
  /** LOG_LEVEL of the generated apps; unset, their production default (info: one JSON line a request). */
  appLogLevel: process.env.BENCH_LOG_LEVEL,
};
