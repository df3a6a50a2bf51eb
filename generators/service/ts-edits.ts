import type * as t from '@babel/types';
import { GenRequestError } from '../shared/gen-request-error.js';
import { afterComma, endOf, hasTrailingComma, insertAt, lineIndent, parseTypeScript, startOf } from '../shared/source-edits.js';

const textOf = (source: string, node: t.Node) => source.slice(startOf(node), endOf(node));

/** Appends `text` after `last`, the last element of a list closed at `closing`: on a line of its own, in the list's comma style. */
function appendElement(source: string, last: t.Node, closing: number, text: string): string {
  const indent = lineIndent(source, startOf(last));
  if (hasTrailingComma(source, last, closing)) return insertAt(source, afterComma(source, endOf(last)), `\n${indent}${text},`);
  return insertAt(source, endOf(last), `,\n${indent}${text}`);
}

/** The object literal edited in a file: `export const <name> = { ... }`, or what `function <name>` returns. */
export type ObjectLocator = { constant: string } | { returnedBy: string };

function locate(file: t.File, locator: ObjectLocator): t.ObjectExpression | undefined {
  for (const statement of file.program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if ('constant' in locator && declaration?.type === 'VariableDeclaration') {
      for (const { id, init } of declaration.declarations) {
        if (id.type === 'Identifier' && id.name === locator.constant && init?.type === 'ObjectExpression') return init;
      }
    }
    if ('returnedBy' in locator && declaration?.type === 'FunctionDeclaration' && declaration.id?.name === locator.returnedBy) {
      for (const inner of declaration.body.body) {
        if (inner.type === 'ReturnStatement' && inner.argument?.type === 'ObjectExpression') return inner.argument;
      }
    }
  }
  return undefined;
}

function describeLocator(locator: ObjectLocator): string {
  return 'constant' in locator ? `${locator.constant} object` : `object returned by ${locator.returnedBy}()`;
}

/** A property's key as written: `NAME` or `[NAME]`. */
function keyOf(source: string, property: t.ObjectExpression['properties'][number]): string {
  if (property.type === 'SpreadElement') return `...${textOf(source, property.argument)}`;
  return property.computed ? `[${textOf(source, property.key)}]` : textOf(source, property.key);
}

function objectIn(source: string, fileName: string, locator: ObjectLocator): t.ObjectExpression {
  const object = locate(parseTypeScript(source, fileName), locator);
  if (!object) throw new GenRequestError(`${fileName} has no ${describeLocator(locator)} to add the service to; nothing was changed`);
  return object;
}

/**
 * Adds to the object of `current` the properties the rendering with the service has and the one without
 * has not, after its last property; everything else in the file stays as it is.
 */
export function addRenderedProperties(current: string, without: string, withService: string, fileName: string, locator: ObjectLocator): string {
  const keysWithout = new Set(objectIn(without, fileName, locator).properties.map((property) => keyOf(without, property)));
  const added = objectIn(withService, fileName, locator).properties.filter((property) => !keysWithout.has(keyOf(withService, property)));
  let result = current;
  for (const property of added) {
    const object = objectIn(result, fileName, locator);
    if (object.properties.some((existing) => keyOf(result, existing) === keyOf(withService, property))) continue;
    const last = object.properties.at(-1);
    const text = textOf(withService, property);
    result = last ? appendElement(result, last, endOf(object) - 1, text) : insertAt(result, startOf(object) + 1, `\n${lineIndent(result, startOf(object))}  ${text},\n`);
  }
  return result;
}

function importFrom(file: t.File, specifier: string): t.ImportDeclaration | undefined {
  return file.program.body.find((statement): statement is t.ImportDeclaration => statement.type === 'ImportDeclaration' && statement.source.value === specifier);
}

/** Adds `name` to `import { ... } from '<specifier>'`, after the values it imports (types stay last). */
export function addNamedImport(current: string, fileName: string, specifier: string, name: string): string {
  const declaration = importFrom(parseTypeScript(current, fileName), specifier);
  if (!declaration) throw new GenRequestError(`${fileName} does not import from ${specifier}; nothing was changed`);
  const named = declaration.specifiers.filter((imported): imported is t.ImportSpecifier => imported.type === 'ImportSpecifier');
  if (named.some((imported) => imported.local.name === name)) return current;
  const values = named.filter((imported) => imported.importKind !== 'type');
  const closing = current.indexOf('}', named.at(-1) ? endOf(named.at(-1)!) : startOf(declaration));
  const multiline = textOf(current, declaration).includes('\n');
  const anchor = values.at(-1);
  if (!anchor) {
    const first = named[0];
    if (!first) return insertAt(current, closing, ` ${name} `);
    return insertAt(current, startOf(first), multiline ? `${name},\n${lineIndent(current, startOf(first))}` : `${name}, `);
  }
  if (!multiline) return insertAt(current, endOf(anchor), `, ${name}`);
  return appendElement(current, anchor, closing, name);
}

/** Adds `export * from '<specifier>';` among the file's re-exports, in alphabetical order. */
export function addExportAll(current: string, fileName: string, specifier: string): string {
  const reExports = parseTypeScript(current, fileName).program.body.filter((statement): statement is t.ExportAllDeclaration => statement.type === 'ExportAllDeclaration');
  if (reExports.some((statement) => statement.source.value === specifier)) return current;
  const line = `export * from '${specifier}';`;
  const next = reExports.find((statement) => statement.source.value.localeCompare(specifier) > 0);
  if (next) return insertAt(current, startOf(next), `${line}\n`);
  const last = reExports.at(-1);
  if (last) return insertAt(current, endOf(last), `\n${line}`);
  return `${current.replace(/\n*$/, '\n')}${line}\n`;
}

function importedNames(source: string, fileName: string, specifier: string): string[] {
  const declaration = importFrom(parseTypeScript(source, fileName), specifier);
  return (declaration?.specifiers ?? []).map((imported) => imported.local.name);
}

/** Adds to `current` the names the rendering with the service imports from `specifier` and the one without does not. */
export function addRenderedImports(current: string, without: string, withService: string, fileName: string, specifier: string): string {
  const before = new Set(importedNames(without, fileName, specifier));
  return importedNames(withService, fileName, specifier)
    .filter((name) => !before.has(name))
    .reduce((result, name) => addNamedImport(result, fileName, specifier, name), current);
}
