import { createHash } from 'node:crypto';

/** Precompiled templates are found by content, so an edited or a preset's template is never served stale. */
export function templateKey(source: string): string {
  return createHash('sha1').update(source).digest('base64url');
}
