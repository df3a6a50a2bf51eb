import { describe, expect, it, vi } from 'vitest';

// Flipping the availability map is the only change needed for a feature to become a default.
vi.mock('../../src/options/availability.js', () => ({
  availability: {
    layouts: { monolith: true, modular: true, microservices: true },
    features: { auth: true, rateLimit: true, modules: true, services: true, transport: true, preset: true },
  },
}));

const { projectOptionsSchema } = await import('../../src/options/project-options.js');
const base = { name: 'my-api', directory: '/tmp/my-api' };

describe('projectOptionsSchema when everything is available', () => {
  it('turns auth and rate limiting on by default', () => {
    expect(projectOptionsSchema.parse(base)).toMatchObject({ auth: true, rateLimit: true });
  });

  it('accepts the other layouts, features and module names', () => {
    const options = projectOptionsSchema.parse({ ...base, layout: 'modular', modules: ['users', 'order-items'], preset: './p' });
    expect(options).toMatchObject({ layout: 'modular', modules: ['auth', 'users', 'order-items'], preset: './p' });
  });

  it('gives microservices a users service by default', () => {
    expect(projectOptionsSchema.parse({ ...base, layout: 'microservices' }).services).toEqual(['users']);
    expect(projectOptionsSchema.parse(base).services).toEqual([]);
  });

  it('checks module names', () => {
    const result = projectOptionsSchema.safeParse({ ...base, modules: ['users', 'users'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('--modules: duplicate module name "users"');
  });
});
