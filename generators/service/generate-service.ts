import { applyChanges, type FileChange } from '../shared/apply-plan.js';
import { describePlan } from '../shared/describe-plan.js';
import { planService, type ServiceRequest } from './plan-service.js';

export interface ServiceResult {
  changes: FileChange[];
  /** What was (or, on a dry run, would be) done, for people. */
  report: string;
}

/** Plans the service and, unless it is a dry run, writes it: every file or none. */
export async function generateService(request: ServiceRequest & { dryRun: boolean }): Promise<ServiceResult> {
  const changes = await planService(request);
  if (request.dryRun) return { changes, report: describePlan(changes) };
  await applyChanges(request.projectRoot, changes);
  const created = changes.filter((change) => change.before === undefined).length;
  return { changes, report: `service ${request.name}: ${created} files created, ${changes.length - created} modified` };
}
