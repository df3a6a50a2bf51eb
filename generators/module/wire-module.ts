import ts from 'typescript';
import { ModuleRequestError } from './module-request-error.js';

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
}

function parse(source: string, fileName: string): ts.SourceFile {
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function moduleMetadata(file: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  for (const statement of file.statements) {
    if (!ts.isClassDeclaration(statement)) continue;
    for (const decorator of ts.getDecorators(statement) ?? []) {
      const call = decorator.expression;
      if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'Module') continue;
      const [argument] = call.arguments;
      if (argument && ts.isObjectLiteralExpression(argument)) return argument;
    }
  }
  return undefined;
}

function arrayProperty(metadata: ts.ObjectLiteralExpression, name: string): ts.ArrayLiteralExpression | undefined {
  for (const property of metadata.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === name && ts.isArrayLiteralExpression(property.initializer)) {
      return property.initializer;
    }
  }
  return undefined;
}

function lineIndent(source: string, position: number): string {
  const lineStart = source.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart))?.[0] ?? '';
}

function importInsertion(file: ts.SourceFile, source: string, { name, specifier }: NamedImport): Insertion | undefined {
  const imports = file.statements.filter(ts.isImportDeclaration);
  const alreadyImported = imports.some((declaration) => {
    const bindings = declaration.importClause?.namedBindings;
    return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === name);
  });
  if (alreadyImported) return undefined;
  const line = `import { ${name} } from '${specifier}';\n`;
  // Keep relative imports in the alphabetical order hand-written files use.
  const next = imports.find((declaration) => {
    const from = (declaration.moduleSpecifier as ts.StringLiteral).text;
    return from.startsWith('.') && from.localeCompare(specifier) > 0;
  });
  if (next) return { at: next.getStart(file), text: line };
  const last = imports.at(-1);
  if (!last) return { at: 0, text: `${line}\n` };
  const end = source.indexOf('\n', last.end);
  return { at: end === -1 ? source.length : end + 1, text: line };
}

function entryInsertion(file: ts.SourceFile, source: string, array: ts.ArrayLiteralExpression, entry: ModuleEntry): Insertion | undefined {
  const present = array.elements.some((element) =>
    ts.isIdentifier(element) ? element.text === entry.identity : element.getText(file).includes(entry.identity),
  );
  if (present) return undefined;
  const last = array.elements.at(-1);
  if (!last) return { at: array.getStart(file) + 1, text: entry.element };
  const multiline = source.slice(array.getStart(file), array.end).includes('\n');
  if (!multiline) return { at: last.end, text: `, ${entry.element}` };
  const indent = lineIndent(source, last.getStart(file));
  if (array.elements.hasTrailingComma) {
    const comma = source.indexOf(',', last.end);
    return { at: comma + 1, text: `\n${indent}${entry.element},` };
  }
  return { at: last.end, text: `,\n${indent}${entry.element}` };
}

/** A whole `property: [...]` for a metadata object that lacks it, one element a line as hand-written modules have. */
function propertyInsertion(file: ts.SourceFile, source: string, metadata: ts.ObjectLiteralExpression, property: string, elements: string[]): Insertion {
  const outer = lineIndent(source, metadata.getStart(file));
  const indent = `${outer}  `;
  const value = elements.length === 1 ? `[${elements[0]}]` : `[\n${elements.map((element) => `${indent}  ${element},`).join('\n')}\n${indent}]`;
  const last = metadata.properties.at(-1);
  if (!last) return { at: metadata.getStart(file) + 1, text: `\n${indent}${property}: ${value},\n${outer}` };
  if (metadata.properties.hasTrailingComma) {
    const comma = source.indexOf(',', last.end);
    return { at: comma + 1, text: `\n${indent}${property}: ${value},` };
  }
  return { at: last.end, text: `,\n${indent}${property}: ${value}` };
}

function metadataOf(source: string, fileName: string, what: string) {
  const file = parse(source, fileName);
  const metadata = moduleMetadata(file);
  if (!metadata) throw new ModuleRequestError(`${fileName} has no @Module({ ... }) class to add ${what} to`);
  return { file, metadata };
}

function insert(source: string, insertion: Insertion | undefined): string {
  return insertion ? source.slice(0, insertion.at) + insertion.text + source.slice(insertion.at) : source;
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
    const { file, metadata } = metadataOf(result, fileName, wanted[0]?.element ?? property);
    if (!arrayProperty(metadata, property)) {
      result = insert(result, propertyInsertion(file, result, metadata, property, wanted.map((entry) => entry.element)));
      continue;
    }
    for (const entry of wanted) {
      const current = metadataOf(result, fileName, entry.element);
      const array = arrayProperty(current.metadata, property);
      if (array) result = insert(result, entryInsertion(current.file, result, array, entry));
    }
  }
  for (const named of imports) result = insert(result, importInsertion(parse(result, fileName), result, named));
  return { source: result, changed: result !== source };
}

/** Imports `className` from `specifier` and lists it in the `@Module({ imports })` of `source`. */
export function wireModule(source: string, fileName: string, className: string, specifier: string): WiringEdit {
  return addToNestModule(source, fileName, [{ property: 'imports', element: className, identity: className }], [{ name: className, specifier }]);
}
