import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem } from 'node:os';

function npmVersion() {
  try {
    return execFileSync('npm', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** What the figures were measured on. */
export function describeMachine() {
  const cpuList = cpus();
  return {
    cpu: cpuList[0]?.model.trim(),
    cores: cpuList.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    npm: npmVersion(),
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  };
}
