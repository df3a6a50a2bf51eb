import type * as t from '@babel/types';
import { GenRequestError } from './gen-request-error.js';
import { PRINT_WIDTH } from './print-width.js';
import { afterComma, endOf, hasTrailingComma, lineIndent, parseTypeScript, startOf } from './source-edits.js';

export interface WiringEdit {
  /** The source with the additions, or unchanged if everything was there already. */
  source: string;
  changed: boolean;
}

/** An element of `@Module({ <property>: [...] })`; `identity` finds it among the existing elements. */
export interface ModuleEntry {
  property: 'imports' | 'controllers' | 'providers';
  element: string;
  identity: string;
}

export interface NamedImport {
  name: string;
  specifier: string;
}

interface Insertion {
  at: number;
  text: string;
  /** How many characters from `at` the text replaces. */
  replaces?: number;
}

function classesOf(file: t.File): t.ClassDeclaration[] {
  return file.program.body.flatMap((statement) => {
    if (statement.type === 'ClassDeclaration') return [statement];
    if ((statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') && statement.declaration?.type === 'ClassDeclaration') {
      return [statement.declaration];
    }
    return [];
  });
}

function moduleMetadata(file: t.File): t.ObjectExpression | undefined {
  for (const declaration of classesOf(file)) {
    for (const { expression } of declaration.decorators ?? []) {
      if (expression.type !== 'CallExpression' || expression.callee.type !== 'Identifier' || expression.callee.name !== 'Module') continue;
      const [argument] = expression.arguments;
      if (argument?.type === 'ObjectExpression') return argument;
    }
  }
  return undefined;
}

function keyName(property: t.ObjectExpression['properties'][number]): string | undefined {
  if (property.type !== 'ObjectProperty' || property.computed) return undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  return property.key.type === 'StringLiteral' ? property.key.value : undefined;
}

function arrayProperty(metadata: t.ObjectExpression, name: string): t.ArrayExpression | undefined {
  for (const property of metadata.properties) {
    if (keyName(property) === name && property.type === 'ObjectProperty' && property.value.type === 'ArrayExpression') return property.value;
  }
  return undefined;
}

function importInsertion(file: t.File, source: string, { name, specifier }: NamedImport): Insertion | undefined {
  const imports = file.program.body.filter((statement): statement is t.ImportDeclaration => statement.type === 'ImportDeclaration');
  if (imports.some((declaration) => declaration.specifiers.some((imported) => imported.local.name === name))) return undefined;
  const line = `import { ${name} } from '${specifier}';\n`;
  // Keep relative imports in the alphabetical order hand-written files use.
  const next = imports.find(({ source: from }) => from.value.startsWith('.') && from.value.localeCompare(specifier) > 0);
  if (next) return { at: startOf(next), text: line };
  const last = imports.at(-1);
  if (!last) return { at: 0, text: `${line}\n` };
  const end = source.indexOf('\n', endOf(last));
  return { at: end === -1 ? source.length : end + 1, text: line };
}

function entryInsertion(source: string, array: t.ArrayExpression, entry: ModuleEntry): Insertion | undefined {
  const elements = array.elements.filter((element): element is NonNullable<typeof element> => element !== null);
  const present = elements.some((element) =>
    element.type === 'Identifier' ? element.name === entry.identity : source.slice(startOf(element), endOf(element)).includes(entry.identity),
  );
  if (present) return undefined;
  const last = elements.at(-1);
  if (!last) return { at: startOf(array) + 1, text: entry.element };
  const multiline = source.slice(startOf(array), endOf(array)).includes('\n');
  if (!multiline) {
    const appended = { at: endOf(last), text: `, ${entry.element}` };
    if (lineLength(source, endOf(array)) + appended.text.length <= PRINT_WIDTH) return appended;
    // A list that no longer fits its line gets one element a line, as Prettier prints it.
    const indent = lineIndent(source, startOf(array));
    const items = [...elements.map((element) => source.slice(startOf(element), endOf(element))), entry.element];
    const text = `[\n${items.map((item) => `${indent}  ${item},`).join('\n')}\n${indent}]`;
    return { at: startOf(array), text, replaces: endOf(array) - startOf(array) };
  }
  const indent = lineIndent(source, startOf(last));
  if (hasTrailingComma(source, last, endOf(array) - 1)) return { at: afterComma(source, endOf(last)), text: `\n${indent}${entry.element},` };
  return { at: endOf(last), text: `,\n${indent}${entry.element}` };
}

/** A whole `property: [...]` for a metadata object that lacks it, one element a line as hand-written modules have. */
function propertyInsertion(source: string, metadata: t.ObjectExpression, property: string, elements: string[]): Insertion {
  const outer = lineIndent(source, startOf(metadata));
  const indent = `${outer}  `;
  const value = elements.length === 1 ? `[${elements[0]}]` : `[\n${elements.map((element) => `${indent}  ${element},`).join('\n')}\n${indent}]`;
  const last = metadata.properties.at(-1);
  if (!last) return { at: startOf(metadata) + 1, text: `\n${indent}${property}: ${value},\n${outer}` };
  if (hasTrailingComma(source, last, endOf(metadata) - 1)) {
    const comma = source.indexOf(',', endOf(last));
    return { at: comma + 1, text: `\n${indent}${property}: ${value},` };
  }
  return { at: endOf(last), text: `,\n${indent}${property}: ${value}` };
}

function metadataOf(source: string, fileName: string, what: string) {
  const file = parseTypeScript(source, fileName);
  const metadata = moduleMetadata(file);
  if (!metadata) throw new GenRequestError(`${fileName} has no @Module({ ... }) class to add ${what} to`);
  return { file, metadata };
}

function lineLength(source: string, position: number): number {
  const end = source.indexOf('\n', position);
  return (end === -1 ? source.length : end) - (source.lastIndexOf('\n', position - 1) + 1);
}

function insert(source: string, insertion: Insertion | undefined): string {
  if (!insertion) return source;
  const { at, text, replaces = 0 } = insertion;
  return source.slice(0, at) + text + source.slice(at + replaces);
}

/**
 * Adds elements to the `@Module({ ... })` of `source` and imports what they name, touching nothing else:
 * hand edits, comments and formatting stay. Elements and imports already there are left alone.
 */
export function addToNestModule(source: string, fileName: string, entries: ModuleEntry[], imports: NamedImport[]): WiringEdit {
  let result = source;
  const properties = [...new Set(entries.map((entry) => entry.property))];
  for (const property of properties) {
    const wanted = entries.filter((entry) => entry.property === property);
    const { metadata } = metadataOf(result, fileName, wanted[0]?.element ?? property);
    if (!arrayProperty(metadata, property)) {
      result = insert(result, propertyInsertion(result, metadata, property, wanted.map((entry) => entry.element)));
      continue;
    }
    for (const entry of wanted) {
      const current = metadataOf(result, fileName, entry.element);
      const array = arrayProperty(current.metadata, property);
      if (array) result = insert(result, entryInsertion(result, array, entry));
    }
  }
  for (const named of imports) result = insert(result, importInsertion(parseTypeScript(result, fileName), result, named));
  return { source: result, changed: result !== source };
}

/** Imports `className` from `specifier` and lists it in the `@Module({ imports })` of `source`. */
export function wireModule(source: string, fileName: string, className: string, specifier: string): WiringEdit {
  return addToNestModule(source, fileName, [{ property: 'imports', element: className, identity: className }], [{ name: className, specifier }]);
}
