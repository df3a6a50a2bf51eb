import { lstat, mkdir, readdir, readFile, rename, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import type { CustomActionConfig, NodePlopAPI } from 'node-plop';
import { type Placement, placeSpecifier } from '../shared/placement.js';

export const placeFilesActionType = 'placeFiles';

export interface PlaceFilesAction extends CustomActionConfig<typeof placeFilesActionType> {
  destination: string;
  place: Placement;
}

// `from './x.js'`, `import './x.js'` and `import('./x.js')`: every relative module specifier in a TypeScript file.
const RELATIVE_SPECIFIER = /(\bfrom\s+|\bimport\s*\(?\s*)'(\.{1,2}\/[^']*)'/g;
const NAMED_IMPORT = /^import (type )?\{([^}]*)\} from '([^']+)';\n/gm;
const MAX_LINE = 120;

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = dir ? posix.join(dir, entry.name) : entry.name;
      if (entry.name === 'node_modules') return [];
      return entry.isDirectory() ? listFiles(root, path) : [path];
    }),
  );
  return nested.flat();
}

/** Two imports from one module (which placement can produce: two files of a module, one index.ts) become one. */
export function mergeImports(source: string): string {
  const bySpecifier = new Map<string, string[]>();
  for (const [, typeOnly, names, specifier] of source.matchAll(NAMED_IMPORT)) {
    const listed = names!.split(',').map((name) => name.trim()).filter(Boolean);
    const entries = typeOnly ? listed.map((name) => `type ${name}`) : listed;
    bySpecifier.set(specifier!, [...(bySpecifier.get(specifier!) ?? []), ...entries]);
  }
  const written = new Set<string>();
  return source.replace(NAMED_IMPORT, (statement, typeOnly: string | undefined, names: string, specifier: string) => {
    const merged = bySpecifier.get(specifier)!;
    if (merged.length === names.split(',').filter((name) => name.trim()).length) return statement;
    if (written.has(specifier)) return '';
    written.add(specifier);
    const sorted = [...new Set(merged)].sort((a, b) =>
      a.replace(/^type /, '').localeCompare(b.replace(/^type /, ''), 'en', { sensitivity: 'base' }),
    );
    const allTypes = sorted.every((name) => name.startsWith('type '));
    const list = allTypes ? sorted.map((name) => name.slice('type '.length)) : sorted;
    const prefix = allTypes ? 'import type' : 'import';
    const line = `${prefix} { ${list.join(', ')} } from '${specifier}';\n`;
    if (line.length <= MAX_LINE + 1) return line;
    return `${prefix} {\n${list.map((name) => `  ${name},\n`).join('')}} from '${specifier}';\n`;
  });
}

// One import statement of the block at the top of a file (possibly spanning lines).
const IMPORT_STATEMENT = /^import\b[^;]*?from '([^']+)';\n|^import '([^']+)';\n/gm;

function relativeImports(source: string): { statement: string; specifier: string }[] {
  return [...source.matchAll(IMPORT_STATEMENT)]
    .map(([statement, from, sideEffect]) => ({ statement, specifier: (from ?? sideEffect)! }))
    .filter(({ specifier }) => specifier.startsWith('.'));
}

const sortedBySpecifier = (imports: { specifier: string }[]) =>
  imports.every((entry, index) => index === 0 || imports[index - 1]!.specifier <= entry.specifier);

/** Relative imports whose specifiers placement changed are put back in order, by specifier. */
function sortImports(source: string): string {
  const imports = relativeImports(source);
  if (sortedBySpecifier(imports)) return source;
  const sorted = [...imports].sort((a, b) => (a.specifier < b.specifier ? -1 : a.specifier > b.specifier ? 1 : 0));
  let index = 0;
  return source.replace(IMPORT_STATEMENT, (statement, from?: string, sideEffect?: string) =>
    (from ?? sideEffect)!.startsWith('.') ? sorted[index++]!.statement : statement,
  );
}

function placeImports(source: string, place: Placement, from: string, placedFrom: string): string {
  const rewritten = source.replace(RELATIVE_SPECIFIER, (_match, keyword: string, specifier: string) => {
    return `${keyword}'${placeSpecifier(place, from, placedFrom, specifier)}'`;
  });
  if (rewritten === source) return source;
  return sortImports(mergeImports(rewritten));
}

async function removeEmptyDirs(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) if (entry.isDirectory()) await removeEmptyDirs(join(dir, entry.name));
  if ((await readdir(dir).catch(() => ['keep'])).length === 0) await rmdir(dir);
}

/**
 * Moves every file rendered so far from the monolith's layout to the layout's place, and points each
 * relative import in TypeScript files at where its target went. Files that stay keep their bytes.
 */
export async function placeFiles(destination: string, place: Placement): Promise<number> {
  const paths = await listFiles(destination);
  const moves = paths.map((path) => ({ path, placed: place(path) }));
  const seen = new Map<string, string>();
  for (const { path, placed } of moves) {
    const earlier = seen.get(placed);
    if (earlier) throw new Error(`${earlier} and ${path} would both be placed at ${placed}`);
    seen.set(placed, path);
  }
  let moved = 0;
  for (const { path, placed } of moves) {
    const source = join(destination, path);
    const target = join(destination, placed);
    if (placed !== path) {
      await mkdir(dirname(target), { recursive: true });
      await rename(source, target);
      moved++;
    }
    if (!path.endsWith('.ts')) continue;
    const content = await readFile(target, 'utf8');
    const updated = placeImports(content, place, path, placed);
    if (updated !== content) await writeFile(target, updated, { mode: (await lstat(target)).mode });
  }
  await removeEmptyDirs(destination);
  return moved;
}

export function registerPlaceFiles(plop: NodePlopAPI): void {
  plop.setActionType(placeFilesActionType, async (_answers, config) => {
    const { destination, place } = config as PlaceFilesAction;
    return `${await placeFiles(destination, place)} files placed`;
  });
}
