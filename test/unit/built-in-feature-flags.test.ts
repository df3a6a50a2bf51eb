import { describe, expect, it, vi } from 'vitest';
import type * as Registry from '../../generators/features/registry.js';

// A built-in feature with a yes/no option of its own, as a new feature folder in built-in.ts would bring.
vi.mock('../../generators/features/registry.js', async (importOriginal) => {
  const registry = await importOriginal<typeof Registry>();
  const auditTrail = { key: 'auditTrail', flag: 'audit-trail', prompt: 'Audit trail?', help: 'an audit trail', default: true };
  return { ...registry, featureOptions: () => [...registry.featureOptions(), auditTrail] };
});

const { parseCliArgs } = await import('../../src/cli/args.js');
const { helpText } = await import('../../src/cli/help.js');

describe("a new built-in feature's flag, from its descriptor alone", () => {
  it('is parsed into the feature values, next to the options of auth and rate limiting', () => {
    expect(parseCliArgs(['my-api', '--no-audit-trail', '--no-auth']).given).toEqual({ auth: false, features: { auditTrail: false } });
    expect(parseCliArgs(['my-api', '--audit-trail']).given).toEqual({ features: { auditTrail: true } });
    expect(parseCliArgs(['my-api']).given).toEqual({});
  });

  it('is listed by --help with its default', () => {
    expect(helpText()).toMatch(/--audit-trail, --no-audit-trail\s+an audit trail \(default: on\)/);
  });
});
