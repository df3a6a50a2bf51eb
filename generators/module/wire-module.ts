import ts from 'typescript';
import { ModuleRequestError } from './module-request-error.js';

export interface WiringEdit {
  /** The source with the module imported and listed in `@Module({ imports })`, or unchanged if it already was. */
  source: string;
  changed: boolean;
}

interface Insertion {
  at: number;
  text: string;
}

function moduleDecoratorArgument(file: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
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

function importsArray(metadata: ts.ObjectLiteralExpression): ts.ArrayLiteralExpression | undefined {
  for (const property of metadata.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === 'imports' && ts.isArrayLiteralExpression(property.initializer)) {
      return property.initializer;
    }
  }
  return undefined;
}

function lineIndent(source: string, position: number): string {
  const lineStart = source.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart))?.[0] ?? '';
}

function importInsertion(file: ts.SourceFile, source: string, className: string, specifier: string): Insertion | undefined {
  const imports = file.statements.filter(ts.isImportDeclaration);
  const alreadyImported = imports.some((declaration) => {
    const bindings = declaration.importClause?.namedBindings;
    return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.some((element) => element.name.text === className);
  });
  if (alreadyImported) return undefined;
  const line = `import { ${className} } from '${specifier}';\n`;
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

function listInsertion(file: ts.SourceFile, source: string, metadata: ts.ObjectLiteralExpression, className: string): Insertion | undefined {
  const array = importsArray(metadata);
  if (!array) {
    const first = metadata.properties[0];
    if (!first) return { at: metadata.getStart(file) + 1, text: ` imports: [${className}] ` };
    return { at: first.getStart(file), text: `imports: [${className}],\n${lineIndent(source, first.getStart(file))}` };
  }
  if (array.elements.some((element) => ts.isIdentifier(element) && element.text === className)) return undefined;
  const last = array.elements.at(-1);
  if (!last) return { at: array.getStart(file) + 1, text: className };
  const multiline = source.slice(array.getStart(file), array.end).includes('\n');
  if (!multiline) return { at: last.end, text: `, ${className}` };
  const indent = lineIndent(source, last.getStart(file));
  if (array.elements.hasTrailingComma) {
    const comma = source.indexOf(',', last.end);
    return { at: comma + 1, text: `\n${indent}${className},` };
  }
  return { at: last.end, text: `,\n${indent}${className}` };
}

/** Imports `className` from `specifier` and adds it to the `@Module({ imports })` of `source`, touching nothing else. */
export function wireModule(source: string, fileName: string, className: string, specifier: string): WiringEdit {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const metadata = moduleDecoratorArgument(file);
  if (!metadata) throw new ModuleRequestError(`${fileName} has no @Module({ ... }) class to add ${className} to`);
  const insertions = [listInsertion(file, source, metadata, className), importInsertion(file, source, className, specifier)]
    .filter((insertion): insertion is Insertion => insertion !== undefined)
    .sort((left, right) => right.at - left.at);
  let result = source;
  for (const { at, text } of insertions) result = result.slice(0, at) + text + result.slice(at);
  return { source: result, changed: insertions.length > 0 };
}
