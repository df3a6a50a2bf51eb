import { copyFile, lstat, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix } from 'node:path';
import type { CustomActionConfig, NodePlopAPI } from 'node-plop';
import { resolveInside } from '../../src/paths/resolve-inside.js';
import { renderTemplate } from '../handlebars.js';

export const renderTreeActionType = 'renderTree';

export interface RenderTreeAction extends CustomActionConfig<typeof renderTreeActionType> {
  templateDir: string;
  destination: string;
  templateData: Record<string, unknown>;
  /** The template paths (relative to `templateDir`) to render; all when absent. */
  include?: (templatePath: string) => boolean;
}

async function listTemplateFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
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

async function renderFile(source: string, target: string, data: object) {
  if (!source.endsWith('.hbs')) return copyFile(source, target);
  const { mode } = await lstat(source);
  await writeFile(target, renderTemplate(await readFile(source, 'utf8'), data), { mode });
}

function renderError(source: string, error: unknown): Error {
  return new Error(`cannot render ${source}: ${oneLine(error instanceof Error ? error.message : String(error))}`);
}

/** Renders every file under `templateDir` (dotfiles included) into `destination`. */
export async function renderTree(
  templateDir: string,
  destination: string,
  data: object,
  include: (templatePath: string) => boolean = () => true,
): Promise<number> {
  const allPaths = await listTemplateFiles(templateDir).catch((error: Error) => {
    throw new Error(`cannot read the templates in ${templateDir}: ${error.message}`);
  });
  const templatePaths = allPaths.filter(include);
  const files = templatePaths.map((templatePath) => {
    const source = join(templateDir, templatePath);
    try {
      return { source, target: resolveInside(destination, outputPath(templatePath, data)) };
    } catch (error) {
      throw renderError(source, error);
    }
  });
  await Promise.all([...new Set(files.map(({ target }) => dirname(target)))].map((dir) => mkdir(dir, { recursive: true })));
  // All at once: one at a time, the file system's round trips were most of the time. Settled before
  // throwing, so no write lands after the caller has discarded the destination.
  const results = await Promise.allSettled(files.map(({ source, target }) => renderFile(source, target, data)));
  const failed = results.findIndex((result) => result.status === 'rejected');
  if (failed !== -1) throw renderError(files[failed]!.source, (results[failed] as PromiseRejectedResult).reason);
  return files.length;
}

export function registerRenderTree(plop: NodePlopAPI): void {
  plop.setActionType(renderTreeActionType, async (_answers, config) => {
    const { templateDir, destination, templateData, include } = config as RenderTreeAction;
    const count = await renderTree(templateDir, destination, templateData, include);
    return `${count} files from ${templateDir}`;
  });
}
