import { sep } from 'node:path';
import { packageRoot, packageVersion } from '../../src/package-root.js';

/**
 * How a generated project depends on this package: the published version when the generator runs from
 * an install (npm create, npx), or this checkout when it runs from a clone that is not published.
 */
export function generatorDependency(): string {
  const root = packageRoot();
  return root.split(sep).includes('node_modules') ? `^${packageVersion()}` : `file:${root}`;
}
