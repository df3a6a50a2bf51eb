import { diffArrays } from 'diff';
import { GenRequestError } from '../shared/gen-request-error.js';

interface Addition {
  /** The lines of the rendered file before the addition: where it goes. */
  after: string[];
  lines: string[];
}

/** What rendering the service adds to a file; anything else the service would change there is a bug of ours. */
function additions(without: string, withService: string, fileName: string): Addition[] {
  const result: Addition[] = [];
  const before: string[] = [];
  for (const change of diffArrays(without.split('\n'), withService.split('\n'))) {
    if (change.removed) throw new Error(`the service changes lines of ${fileName} instead of adding to it`);
    if (change.added) result.push({ after: [...before], lines: change.value });
    before.push(...change.value);
  }
  return result;
}

/** Where the last lines of `after` occur once in `lines`, using as few of them as that takes; the index after them. */
function anchor(lines: string[], after: string[]): number | undefined {
  if (after.length === 0) return 0;
  for (let size = 1; size <= after.length; size++) {
    const context = after.slice(-size);
    const matches: number[] = [];
    for (let start = 0; start + size <= lines.length; start++) {
      if (context.every((line, offset) => lines[start + offset] === line)) matches.push(start + size);
    }
    if (matches.length === 1) return matches[0];
    if (matches.length === 0) return undefined;
  }
  return undefined;
}

/**
 * Adds to `current` (the file as it is now, hand edits included) the lines that rendering the service adds,
 * each right after the lines it follows in the rendering. Lines already there are not added twice.
 */
export function insertRenderedLines(current: string, without: string, withService: string, fileName: string, service: string): string {
  const lines = current.split('\n');
  for (const { after, lines: added } of additions(without, withService, fileName)) {
    if (anchor(lines, [...after, ...added]) !== undefined) continue;
    const at = anchor(lines, after);
    if (at === undefined) {
      throw new GenRequestError(`cannot tell where the ${service} service goes in ${fileName} (the lines it follows were edited); nothing was changed`);
    }
    lines.splice(at, 0, ...added);
  }
  return lines.join('\n');
}
