const ALL = ['fastify', 'express'] as const;

export type HttpPlatform = (typeof ALL)[number];

/**
 * The HTTP platforms whose generated projects the e2e suite builds and boots for a layout: both, unless
 * `E2E_HTTP_PLATFORMS_<LAYOUT>` (e.g. `E2E_HTTP_PLATFORMS_MODULAR`) or `E2E_HTTP_PLATFORMS` narrows them. CI splits
 * the matrix across its two Node versions: the platforms do not depend on the Node version, and each project costs
 * minutes.
 */
export function httpPlatformsUnderTest(layout: string): HttpPlatform[] {
  const variable = [`E2E_HTTP_PLATFORMS_${layout.toUpperCase()}`, 'E2E_HTTP_PLATFORMS'].find((name) => process.env[name]?.trim());
  const wanted = variable ? process.env[variable]!.split(',').map((name) => name.trim()).filter(Boolean) : [];
  if (!wanted.length) return [...ALL];
  const unknown = wanted.filter((name) => !(ALL as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`${variable}: unknown platform ${unknown.join(', ')} (valid: ${ALL.join(', ')})`);
  return ALL.filter((platform) => wanted.includes(platform));
}
