import validatePackageName from 'validate-npm-package-name';
import { dependencyVersions } from './dependency-versions.js';

// node_modules, favicon.ico and node builtins are rejected by validate-npm-package-name itself.
const reservedNames = new Set([
  'test',
  'create-backend-arch',
  // npm refuses to install a dependency named like the project itself.
  ...Object.keys(dependencyVersions),
]);

function invalidReason(name: string): string | undefined {
  const result = validatePackageName(name);
  const reason = result.errors?.[0] ?? result.warnings?.[0];
  if (reason) return reason;
  if (reservedNames.has(name)) return `"${name}" is reserved`;
  return undefined;
}

/** A valid package name close to `name`, e.g. `My App` -> `my-app`, `test` -> `test-api`. */
export function suggestPackageName(name: string): string | undefined {
  const cleaned = name
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // é -> e
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[._-]+|-+$/g, '');
  if (!cleaned) return undefined;
  if (!invalidReason(cleaned)) return cleaned;
  const withSuffix = `${cleaned}-api`;
  return invalidReason(withSuffix) ? undefined : withSuffix;
}

/** Why `name` cannot be the project's package name, with a suggestion; undefined when it can. */
export function projectNameProblem(name: string): string | undefined {
  const reason = invalidReason(name);
  if (!reason) return undefined;
  const suggestion = suggestPackageName(name);
  const hint = suggestion && suggestion !== name ? `; try "${suggestion}"` : '';
  return `Invalid project name "${name}": ${reason}${hint}`;
}
