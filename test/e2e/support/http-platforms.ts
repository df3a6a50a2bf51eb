const ALL = ['fastify', 'express'] as const;

export type HttpPlatform = (typeof ALL)[number];

/**
 * The HTTP platforms whose generated projects the e2e suite builds and boots: both, unless
 * `E2E_HTTP_PLATFORMS` narrows them (CI's second Node version runs Fastify only; the platforms do not
 * depend on the Node version, and each project costs minutes).
 */
export function httpPlatformsUnderTest(): HttpPlatform[] {
  const wanted = process.env.E2E_HTTP_PLATFORMS?.split(',').map((name) => name.trim()).filter(Boolean);
  if (!wanted?.length) return [...ALL];
  const unknown = wanted.filter((name) => !(ALL as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`E2E_HTTP_PLATFORMS: unknown platform ${unknown.join(', ')} (valid: ${ALL.join(', ')})`);
  return ALL.filter((platform) => wanted.includes(platform));
}
