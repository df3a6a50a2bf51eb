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
}

async function listTemplateFiles(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = dir ? posix.join(dir, entry.name) : entry.name;
    if (entry.isDirectory()) files.push(...(await listTemplateFiles(root, path)));
    else if (entry.isFile()) files.push(path);
    else throw new Error(`${join(root, path)}: only files and directories are allowed in templates`);
  }
  return files.sort();
}

/** `src/{{kebabCase name}}.ts.hbs` -> `src/orders.ts`; `_gitignore` -> `.gitignore` (npm strips .gitignore). */
function outputPath(templatePath: string, data: object): string {
  let path = renderTemplate(templatePath, data);
  if (templatePath.endsWith('.hbs')) path = path.slice(0, -'.hbs'.length);
  const name = basename(path);
  return name.startsWith('_') ? join(dirname(path), `.${name.slice(1)}`) : path;
}

// Handlebars parse errors span several lines (message, excerpt, caret, expectation).
function oneLine(message: string): string {
  const lines = message.split('\n').filter((line) => line.trim() !== '');
  return lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : (lines[0] ?? message);
}

async function renderFile(templateDir: string, templatePath: string, destination: string, data: object) {
  const source = join(templateDir, templatePath);
  const target = resolveInside(destination, outputPath(templatePath, data));
  await mkdir(dirname(target), { recursive: true });
  if (!templatePath.endsWith('.hbs')) return copyFile(source, target);
  const { mode } = await lstat(source);
  await writeFile(target, renderTemplate(await readFile(source, 'utf8'), data), { mode });
}

/** Renders every file under `templateDir` (dotfiles included) into `destination`. */
export async function renderTree(templateDir: string, destination: string, data: object): Promise<number> {
  const templatePaths = await listTemplateFiles(templateDir).catch((error: Error) => {
    throw new Error(`cannot read the templates in ${templateDir}: ${error.message}`);
  });
  for (const templatePath of templatePaths) {
    try {
      await renderFile(templateDir, templatePath, destination, data);
    } catch (error) {
      const reason = oneLine(error instanceof Error ? error.message : String(error));
      throw new Error(`cannot render ${join(templateDir, templatePath)}: ${reason}`);
    }
  }
  return templatePaths.length;
}

export function registerRenderTree(plop: NodePlopAPI): void {
  plop.setActionType(renderTreeActionType, async (_answers, config) => {
    const { templateDir, destination, templateData } = config as RenderTreeAction;
    const count = await renderTree(templateDir, destination, templateData);
    return `${count} files from ${templateDir}`;
  });
}
