import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageName = 'create-backend-arch';

interface PackageJson {
  name?: string;
  version?: string;
}

let cachedRoot: string | undefined;

function readPackageJson(dir: string): PackageJson | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
  } catch {
    return undefined;
  }
}

/** The directory of this package, found by walking up: works from `src/*.ts` and `dist/src/*.js`. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (readPackageJson(dir)?.name === packageName) return (cachedRoot = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the ${packageName} package root above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

export function templatesDir(): string {
  return join(packageRoot(), 'templates');
}

export function packageVersion(): string {
  return readPackageJson(packageRoot())?.version ?? '0.0.0';
}

export { packageName };
