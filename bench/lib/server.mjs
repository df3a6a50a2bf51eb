import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';

/** Status of one GET on 127.0.0.1 (0 when nothing answers), without keep-alive. */
function statusOf(url, headers = {}) {
  return new Promise((resolve) => {
    const req = request(url, { headers, agent: false, timeout: 2_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** Resident set size of a process in MiB (Linux). */
export function rssMiB(pid) {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round((Number(match[1]) / 1024) * 10) / 10 : undefined;
}

/**
 * Starts `node <args>` and waits for the first 200 from `readyUrl` (polled every 5 ms).
 * Resolves with the process, its boot time in ms (spawn to first 200) and stop().
 */
export async function startServer({ args, cwd, env, readyUrl, timeoutMs = 60_000 }) {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  let exited = false;
  const exit = new Promise((resolve) => child.on('exit', () => ((exited = true), resolve())));
  const stop = async () => {
    if (!exited) child.kill('SIGKILL');
    await exit;
  };
  for (;;) {
    if (exited) throw new Error(`${args.join(' ')} exited before ${readyUrl} answered 200:\n${stderr}`);
    if ((await statusOf(readyUrl)) === 200) break;
    if (Number(process.hrtime.bigint() - started) / 1e6 > timeoutMs) {
      await stop();
      throw new Error(`${readyUrl} did not answer 200 within ${timeoutMs / 1000} s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const bootMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  return { pid: child.pid, bootMs, stop };
}
