import autocannon from 'autocannon';

/** One load round against a loopback URL: requests/s and latency percentiles in ms. */
export async function loadRound({ url, headers, connections, durationS }) {
  if (new URL(url).hostname !== '127.0.0.1') throw new Error(`load runs only against 127.0.0.1, not ${url}`);
  const result = await autocannon({ url, headers, connections, duration: durationS });
  const bad = result.non2xx + result.errors + result.timeouts;
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failed: bad,
  };
}
