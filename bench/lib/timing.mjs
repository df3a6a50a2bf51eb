import { spawnSync } from 'node:child_process';
import { summarize } from './stats.mjs';

/** Wall time of one command in ms; throws with its output when it fails. */
function timeCommand(command, args, { cwd, env, before } = {}) {
  before?.();
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, env: env ?? process.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n');
    throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}:\n${output || result.error?.message}`);
  }
  return ms;
}

/**
 * Times several commands in turns (a, b, c, a, b, c...) so that a busy moment of the machine does
 * not land on one of them only. `entries`: { name, command, args, cwd, env, before }. One untimed
 * warm-up turn first (file-system cache) unless `warmUp` is false. A command that fails is reported as { error } and left out of later turns.
 */
export function timeInTurns(runs, entries, { warmUp = true } = {}) {
  const times = Object.fromEntries(entries.map(({ name }) => [name, []]));
  const errors = {};
  for (let turn = warmUp ? -1 : 0; turn < runs; turn++) {
    for (const { name, command, args, cwd, env, before } of entries) {
      if (errors[name]) continue;
      try {
        const ms = timeCommand(command, args, { cwd, env, before });
        if (turn >= 0) times[name].push(Math.round(ms));
      } catch (error) {
        errors[name] = error.message;
      }
    }
  }
  return Object.fromEntries(
    entries.map(({ name }) => [name, errors[name] ? { error: errors[name] } : summarize(times[name])]),
  );
}
