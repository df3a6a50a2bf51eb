import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFields } from '../../generators/module/fields.js';
import { type ModulePlan, planModule } from '../../generators/module/plan-module.js';
import { describePlan } from '../../generators/shared/describe-plan.js';
import type { Layout } from '../../src/options/choices.js';
import { render, temporaryWorkDir } from './render.js';

const EVERY_TYPE =
  'title:string,notes:text?,quantity:int:index,views:bigint?,weight:float,price:decimal,paid:boolean?,' +
  'shippedAt:datetime?,dueOn:date,ref:uuid:unique,meta:json?,status:enum(draft|paid|shipped)';
const NOW = new Date('2026-12-01T10:20:30Z');

const workDir = temporaryWorkDir('snapshots-module-');

async function projectDir(name: string, options: Parameters<typeof render>[1]): Promise<string> {
  const dir = join(workDir(), name);
  await render(dir, options);
  return dir;
}

function expectPlanSnapshot(plan: ModulePlan) {
  expect(plan.changes.map((change) => `${change.before === undefined ? '+' : '~'} ${change.path}`)).toMatchSnapshot('files');
  for (const change of plan.changes) {
    if (change.before === undefined) expect(change.after, change.path).toMatchSnapshot(change.path);
  }
  expect(describePlan(plan.changes.filter((change) => change.before !== undefined))).toMatchSnapshot('modified files');
}

// Review every snapshot change: it is a change to what users get.
const LAYOUTS: [Layout, Parameters<typeof render>[1]][] = [
  ['monolith', {}],
  ['modular', { layout: 'modular', modules: ['users', 'orders'] }],
];

describe.each(LAYOUTS)('module generator: %s', (layout, options) => {
  it('writes an owned module with every field type', async () => {
    const projectRoot = await projectDir(`${layout}-owned`, options);
    const plan = await planModule({ projectRoot, name: 'order-items', fields: parseFields(EVERY_TYPE), owned: true, force: false, now: NOW });
    expectPlanSnapshot(plan);
  });

  it('writes a module that is not owned, in a project without auth', async () => {
    const projectRoot = await projectDir(`${layout}-no-auth`, { ...options, auth: false });
    const plan = await planModule({ projectRoot, name: 'invoices', fields: parseFields('number:string:unique,total:decimal,issuedOn:date'), owned: false, force: false, now: NOW });
    expectPlanSnapshot(plan);
  });
});

describe('module generator: modular, a module created empty by --modules', () => {
  it('fills it in and extends its Nest module', async () => {
    const projectRoot = await projectDir('modular-fill', { layout: 'modular', modules: ['users', 'orders'] });
    const plan = await planModule({ projectRoot, name: 'orders', fields: parseFields('title:string,total:decimal'), owned: true, force: false, now: NOW });
    expectPlanSnapshot(plan);
  });
});
