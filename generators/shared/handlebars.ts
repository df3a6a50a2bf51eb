import { posix } from 'node:path';
import Handlebars from 'handlebars';
import { camelCase, constantCase, kebabCase, noCase, pascalCase, snakeCase } from 'change-case';
import { placementFor } from './placement.js';
import { precompiledTemplates } from './precompiled-templates.js';
import { PRINT_WIDTH } from './print-width.js';
import { templateKey } from './template-key.js';

/** The one handlebars instance for every template (node-plop's own registers on the global one). */
export const handlebars = Handlebars.create();

// Handlebars passes its options object as the last argument; change-case must only see the text.
const onText = (convert: (text: string) => string) => (value: string | number | null | undefined) => convert(String(value ?? ''));

handlebars.registerHelper({
  kebabCase: onText(kebabCase),
  pascalCase: onText(pascalCase),
  camelCase: onText(camelCase),
  snakeCase: onText(snakeCase),
  constantCase: onText(constantCase),
  noCase: onText(noCase),
  json: (value: unknown) => JSON.stringify(value, null, 2),
  eq: (left: unknown, right: unknown) => left === right,
  // Block helpers receive handlebars' options object last; only the values before it count.
  or: (...values: unknown[]) => values.slice(0, -1).some(Boolean),
  importPath,
  placed,
  render,
  oneLineIfFits,
});

/** `{{render line}}`: a template held in the data (a feature descriptor's lines), rendered with the same data. */
function render(source: unknown, options: Handlebars.HelperOptions): string {
  return renderTemplate(String(source), (options.data as { root: object }).root);
}

/**
 * `{{#oneLineIfFits}}` around a list written one item a line (`imports: [`, the items, `],`): the list on one line
 * when that fits the print width, as Prettier prints it, whichever items the conditions inside it kept.
 */
function oneLineIfFits(this: unknown, options: Handlebars.HelperOptions): string {
  const lines = options.fn(this).split('\n').filter((line) => line.trim() !== '');
  const open = lines[0] ?? '';
  const close = (lines.at(-1) ?? '').trim();
  const items = lines.slice(1, -1).map((line) => line.trim().replace(/,$/, ''));
  // A commented item keeps the list one item a line, as Prettier keeps it.
  if (items.some((item) => item.startsWith('//'))) return `${lines.join('\n')}\n`;
  const space = open.endsWith('{') ? ' ' : '';
  const oneLine = `${open}${space}${items.join(', ')}${space}${close}`;
  return `${oneLine.length <= PRINT_WIDTH ? oneLine : lines.join('\n')}\n`;
}

/** `{{placed "src/api/http/error-envelope.ts"}}`: where a file the features write in the monolith's layout is in this project. */
function placed(path: unknown, options: Handlebars.HelperOptions): string {
  const { layout, modules } = (options.data as { root: { layout: string; modules: string[] } }).root;
  return placementFor(layout, modules)(String(path));
}

/**
 * `{{importPath paths.entity}}`: the ESM specifier of a project file (path without extension) as seen from the
 * file being rendered, whose project-relative path the render passes as `filePath`.
 */
function importPath(target: unknown, options: Handlebars.HelperOptions): string {
  const from = (options.data as { root?: { filePath?: unknown } }).root?.filePath;
  if (typeof from !== 'string') throw new Error('importPath needs the rendered file\'s filePath in the template data');
  const relative = posix.relative(posix.dirname(from), String(target));
  return `${relative.startsWith('.') ? relative : `./${relative}`}.js`;
}

/**
 * Renders a template: noEscape because generated code must never contain HTML entities. The bins'
 * bundle carries the built-in templates precompiled (compiling them was a good part of a run).
 */
export function renderTemplate(source: string, data: object): string {
  const precompiled = precompiledTemplates[templateKey(source)];
  return (precompiled ? handlebars.template(precompiled) : handlebars.compile(source, { noEscape: true }))(data);
}
