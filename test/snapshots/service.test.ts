import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planService } from '../../generators/service/plan-service.js';
import { describePlan } from '../../generators/shared/describe-plan.js';
import type { Transport } from '../../src/options/choices.js';
import { render, temporaryWorkDir } from './render.js';

const workDir = temporaryWorkDir('snapshots-service-');

// Keys in .env are random per render; no file a service adds or changes holds one.
const KEYED = /(^|\/)\.env$/;

describe.each<Transport>(['tcp', 'nats'])('service generator: %s', (transport) => {
  it('adds exactly what naming the service in --services renders, and wires it into the files that list services', async () => {
    const projectRoot = join(workDir(), `${transport}-with-generated`);
    const referenceRoot = join(workDir(), `${transport}-created-with`);
    const base = { layout: 'microservices', transport } as const;
    await render(projectRoot, { ...base, services: ['users', 'orders'] });
    const reference = await render(referenceRoot, { ...base, services: ['users', 'orders', 'payments'] });

    const changes = await planService({ projectRoot, name: 'payments' });

    const created = changes.filter((change) => change.before === undefined);
    const expected = [...reference.files.keys()].filter((path) => /^(apps\/payments|apps\/gateway\/src\/api\/payments)\/|payments\.contract\.ts$/.test(path));
    expect(created.map((change) => change.path).sort()).toEqual(expected.sort());
    for (const change of [...changes].filter((entry) => !KEYED.test(entry.path))) {
      expect(change.after, change.path).toBe(await readFile(join(referenceRoot, change.path), 'utf8'));
    }
    expect(describePlan(changes.filter((change) => change.before !== undefined))).toMatchSnapshot('modified files');
  }, 60_000);
});
