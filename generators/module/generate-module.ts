import { applyChanges } from '../shared/apply-plan.js';
import { describePlan } from '../shared/describe-plan.js';
import { type ModulePlan, type ModuleRequest, planModule } from './plan-module.js';

export interface ModuleResult {
  plan: ModulePlan;
  /** What was (or, on a dry run, would be) done, for people. */
  report: string;
}

/** Plans the module and, unless it is a dry run, writes it. */
export async function generateModule(request: ModuleRequest & { dryRun: boolean }): Promise<ModuleResult> {
  const plan = await planModule(request);
  if (request.dryRun) return { plan, report: describePlan(plan.changes) };
  await applyChanges(request.projectRoot, plan.changes);
  const created = plan.changes.filter((change) => change.before === undefined).length;
  return { plan, report: `module ${plan.names.plural}: ${created} files created, ${plan.changes.length - created} modified` };
}
