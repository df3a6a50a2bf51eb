import { createTwoFilesPatch } from 'diff';
import type { FileChange } from './apply-plan.js';

/** The dry-run report: the new files with their sizes, then a unified diff of each modified file. */
export function describePlan(changes: FileChange[]): string {
  const created = changes.filter((change) => change.before === undefined);
  const modified = changes.filter((change) => change.before !== undefined);
  const lines: string[] = [];
  if (created.length > 0) {
    lines.push(`new files (${created.length}):`);
    for (const change of created) lines.push(`  + ${change.path} (${Buffer.byteLength(change.after)} B)`);
  }
  if (modified.length > 0) {
    lines.push(`modified files (${modified.length}):`);
    for (const change of modified) {
      lines.push(createTwoFilesPatch(`a/${change.path}`, `b/${change.path}`, change.before ?? '', change.after, undefined, undefined, { context: 3 }).trimEnd());
    }
  }
  if (lines.length === 0) lines.push('nothing to change');
  return lines.join('\n');
}
