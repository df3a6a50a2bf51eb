import { copyFile, lstat, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix } from 'node:path';
import type { CustomActionConfig, NodePlopAPI } from 'node-plop';
import { resolveInside } from '../../src/paths/resolve-inside.js';
import { renderTemplate } from '../shared/handlebars.js';

export const renderTreeActionType = 'renderTree';

export interface RenderTreeAction extends CustomActionConfig<typeof renderTreeActionType> {
  templateDir: string;
  destination: string;
  templateData: Record<string, unknown>;
  /** Trees with the same layout as `templateDir` (a preset's) whose files replace or add to its own. */
  overlayDirs?: string[];
  /** The template paths (relative to `templateDir`) to render; all when absent. */
  include?: (templatePath: string) => boolean;
}

/** A template to render; `removable` when it comes from an overlay and differs from the built-in one. */
interface TemplateFile {
  path: string;
  source: string;
  removable: boolean;
}

async function listTemplateFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = dir ? posix.join(dir, entry.name) : entry.name;
      if (entry.isDirectory()) return listTemplateFiles(root, path);
      if (entry.isFile()) return [path];
      throw new Error(`${join(root, path)}: only files and directories are allowed in templates`);
    }),
  );
  return nested.flat().sort();
}

/** `src/{{kebabCase name}}.ts.hbs` -> `src/orders.ts`; `_gitignore` -> `.gitignore` (npm strips .gitignore). */
function outputPath(templatePath: string, data: object): string {
  // Compiling a template is costly; most paths have nothing to render.
  let path = templatePath.includes('{{') ? renderTemplate(templatePath, data) : templatePath;
  if (templatePath.endsWith('.hbs')) path = path.slice(0, -'.hbs'.length);
  const name = basename(path);
  return name.startsWith('_') ? join(dirname(path), `.${name.slice(1)}`) : path;
}

// Handlebars parse errors span several lines (message, excerpt, caret, expectation).
function oneLine(message: string): string {
  const lines = message.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : (lines[0] ?? message);
}

async function renderFile({ source, removable }: TemplateFile, target: string, data: object): Promise<boolean> {
  if (!source.endsWith('.hbs') && !removable) return copyFile(source, target).then(() => true);
  const content = source.endsWith('.hbs') ? withLine(await readFile(source, 'utf8'), data) : await readFile(source);
  // An overlay's file that renders to nothing drops the file, also one an earlier tree wrote.
  if (removable && content.length === 0) return rm(target, { force: true }).then(() => false);
  const { mode } = await lstat(source);
  await writeFile(target, content, { mode });
  return true;
}

// Handlebars knows the line of a parse error, not of a missing helper: the first use of it is the line.
function withLine(template: string, data: object): string {
  try {
    return renderTemplate(template, data);
  } catch (error) {
    const helper = /^Missing helper: "(.+)"/.exec((error as Error).message)?.[1];
    const index = helper ? template.split('\n').findIndex((line) => new RegExp(`{{[#~]?\\s*${helper.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(line)) : -1;
    if (index !== -1) Object.assign(error as object, { lineNumber: index + 1 });
    throw error;
  }
}

/** A template that failed to render: `problem` says why, with its line when handlebars knows it. */
export class TemplateRenderError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`cannot render ${file}: ${problem}`);
  }
}

function renderError(source: string, error: unknown): Error {
  const line = (error as { lineNumber?: unknown }).lineNumber;
  const message = oneLine(error instanceof Error ? error.message : String(error));
  return new TemplateRenderError(source, typeof line === 'number' && !/\bline \d/.test(message) ? `line ${line}: ${message}` : message);
}

/** The templates of `templateDir`, each replaced by the overlays' file at the same path, plus the overlays' new paths. */
async function templateFiles(templateDir: string, overlayDirs: readonly string[]): Promise<TemplateFile[]> {
  const list = (dir: string) =>
    listTemplateFiles(dir).catch((error: Error) => {
      throw new Error(`cannot read the templates in ${dir}: ${error.message}`);
    });
  // By output path: an overlay's `x.hbs` replaces a plain `x`, and the other way round.
  const key = (path: string) => path.replace(/\.hbs$/, '');
  const files = new Map<string, TemplateFile>();
  for (const path of await list(templateDir)) files.set(key(path), { path, source: join(templateDir, path), removable: false });
  for (const overlayDir of overlayDirs) {
    if (!(await lstat(overlayDir).catch(() => undefined))?.isDirectory()) continue;
    for (const path of await list(overlayDir)) {
      const source = join(overlayDir, path);
      // A file the overlay leaves as the built-in one (an ejected, unchanged template) changes nothing.
      const builtIn = files.get(key(path));
      if (builtIn?.path === path && (await sameContent(builtIn.source, source))) continue;
      files.set(key(path), { path, source, removable: true });
    }
  }
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function sameContent(left: string, right: string): Promise<boolean> {
  const [a, b] = await Promise.all([readFile(left), readFile(right)]);
  return a.equals(b);
}

/**
 * Renders every file under `templateDir` (dotfiles included) into `destination`, with `overlayDirs`'
 * files in place of its own at the same paths; returns how many files were written.
 */
export async function renderTree(
  templateDir: string,
  destination: string,
  data: object,
  { overlayDirs = [], include = () => true }: Pick<RenderTreeAction, 'overlayDirs' | 'include'> = {},
): Promise<number> {
  const selected = (await templateFiles(templateDir, overlayDirs)).filter((file) => include(file.path));
  const files = selected.map((file) => {
    try {
      return { ...file, target: resolveInside(destination, outputPath(file.path, data)) };
    } catch (error) {
      throw renderError(file.source, error);
    }
  });
  await Promise.all([...new Set(files.map(({ target }) => dirname(target)))].map((dir) => mkdir(dir, { recursive: true })));
  // All at once: one at a time, the file system's round trips were most of the time. Settled before
  // throwing, so no write lands after the caller has discarded the destination.
  const results = await Promise.allSettled(files.map((file) => renderFile(file, file.target, data)));
  const failed = results.findIndex((result) => result.status === 'rejected');
  if (failed !== -1) throw renderError(files[failed]!.source, (results[failed] as PromiseRejectedResult).reason);
  return results.filter((result) => result.status === 'fulfilled' && result.value).length;
}

export function registerRenderTree(plop: NodePlopAPI): void {
  plop.setActionType(renderTreeActionType, async (_answers, config) => {
    const { templateDir, destination, templateData, overlayDirs, include } = config as RenderTreeAction;
    const count = await renderTree(templateDir, destination, templateData, { overlayDirs, include });
    return `${count} files from ${templateDir}`;
  });
}
