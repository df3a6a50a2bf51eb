import { posix } from 'node:path';

/**
 * Feature templates are written once, in the monolith's layout (`src/<layer>/<area>/...`). A layout's
 * placement says where each of those files goes in the project; the monolith's is the identity.
 */
export type Placement = (path: string) => string;

const LAYERED = /^src\/(api|application|domain|infrastructure)\/(.+)$/;

/**
 * Modular: an area that is one of the project's modules moves into `src/modules/<module>/<layer>/`
 * (its Nest module, `api/<module>/<module>.module.ts`, to the module's root, next to its index.ts);
 * every other layered file is cross-cutting and moves under `src/shared/<layer>/`.
 */
export function modularPlacement(modules: readonly string[]): Placement {
  return (path) => {
    const layered = LAYERED.exec(path);
    if (!layered) return path;
    const [, layer, rest] = layered as unknown as [string, string, string];
    const [area, ...inside] = rest.split('/');
    if (area && inside.length > 0 && modules.includes(area)) {
      const file = inside.join('/');
      if (layer === 'api' && /^[^/]+\.module\.(ts|js)$/.test(file) && file.startsWith(`${area}.`)) {
        return `src/modules/${area}/${file}`;
      }
      return `src/modules/${area}/${layer}/${file}`;
    }
    return `src/shared/${layer}/${rest}`;
  };
}

/** The placement of a project's layout; `modules` are all its modules, those that features bring included. */
export function placementFor(layout: string, modules: readonly string[]): Placement {
  return layout === 'modular' ? modularPlacement(modules) : (path) => path;
}

const MODULE_FILE = /^src\/modules\/([^/]+)\//;

function moduleOf(path: string): string | undefined {
  return MODULE_FILE.exec(path)?.[1];
}

/**
 * The specifier `fromPath` (moved to `placedFrom`) must use for `specifier`, a relative import written for
 * the monolith's layout. Application code that reaches into another module gets that module's public
 * index.ts, the only entry the boundary rules allow; tests may still import a module's internals.
 */
export function placeSpecifier(place: Placement, fromPath: string, placedFrom: string, specifier: string): string {
  let target = place(posix.normalize(posix.join(posix.dirname(fromPath), specifier)));
  const targetModule = moduleOf(target);
  if (targetModule && placedFrom.startsWith('src/') && moduleOf(placedFrom) !== targetModule) {
    target = `src/modules/${targetModule}/index.js`;
  }
  const relative = posix.relative(posix.dirname(placedFrom), target);
  return relative.startsWith('.') ? relative : `./${relative}`;
}
