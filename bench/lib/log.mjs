const started = Date.now();

/** A progress line on stderr with the time since the bench started. */
export function log(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

export function elapsedSeconds() {
  return Math.round((Date.now() - started) / 1000);
}
