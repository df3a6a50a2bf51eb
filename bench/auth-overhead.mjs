// Throughput of an authenticated, rate-limited route against /health/live on the same running app.
// Usage: node bench/auth-overhead.mjs <generated project dir, installed and built>
// Needs DATABASE_URL (a real PostgreSQL); loopback only, 3 rounds x 10 s x 50 connections per route.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const projectDir = process.argv[2];
if (!projectDir || !process.env.DATABASE_URL) {
  console.error('usage: DATABASE_URL=postgresql://... node bench/auth-overhead.mjs <project dir>');
  process.exit(2);
}

const ROUNDS = 3;
const DURATION_S = 10;
const CONNECTIONS = 50;

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const baseUrl = `http://127.0.0.1:${port}`;

// Limits far above the load, so the guard does all its work without turning requests away.
const app = spawn('node', ['dist/main.js'], {
  cwd: projectDir,
  env: { ...process.env, NODE_ENV: 'production', PORT: String(port), LOG_LEVEL: 'warn', RATE_LIMIT_LIMIT: '1000000000' },
  stdio: 'inherit',
});

try {
  await waitForReady();
  const accessToken = await signUp();
  const routes = {
    'GET /health/live': { url: `${baseUrl}/health/live` },
    'GET /api/v1/users/me (auth + rate limit)': {
      url: `${baseUrl}/api/v1/users/me`,
      headers: { authorization: `Bearer ${accessToken}` },
    },
  };
  const results = Object.fromEntries(Object.keys(routes).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, options] of Object.entries(routes)) {
      const result = await autocannon({ ...options, connections: CONNECTIONS, duration: DURATION_S });
      if (result.non2xx > 0) throw new Error(`${name}: ${result.non2xx} responses were not 2xx`);
      results[name].push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 });
    }
  }
  const medianOf = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const summary = Object.entries(results).map(([name, rounds]) => ({
    route: name,
    rps: Math.round(medianOf(rounds.map((r) => r.rps))),
    p50_ms: medianOf(rounds.map((r) => r.p50)),
    p99_ms: medianOf(rounds.map((r) => r.p99)),
  }));
  console.table(summary);
  console.log(`ratio users/me : health/live = ${(summary[1].rps / summary[0].rps).toFixed(2)}`);
} finally {
  app.kill('SIGTERM');
}

async function waitForReady() {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const status = await fetch(`${baseUrl}/health/ready`).then((r) => r.status, () => 0);
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the app did not become ready within 30 s');
}

async function signUp() {
  const credentials = { email: `bench-${Date.now()}@example.com`, password: 'benchmark password' };
  const post = (path) =>
    fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
  await post('/api/v1/auth/register');
  const { data } = await (await post('/api/v1/auth/login')).json();
  return data.access_token;
}
