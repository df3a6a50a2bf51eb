import { camelCase, kebabCase } from 'change-case';

export type NameKind = 'module' | 'service';

const kebabPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

// Names that break generated code once cased: JS reserved words and Object.prototype members.
export const reservedWords: ReadonlySet<string> = new Set([
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default',
  'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function',
  'if', 'implements', 'import', 'in', 'instanceof', 'interface', 'let', 'new', 'null',
  'package', 'private', 'protected', 'public', 'return', 'static', 'super', 'switch', 'this',
  'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'arguments', 'eval',
  'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf',
]);

/** Why `name` cannot name a module or service, or undefined when it can. */
export function nameProblem(name: string, kind: NameKind): string | undefined {
  if (!kebabPattern.test(name)) {
    const suggestion = kebabCase(name);
    const hint = kebabPattern.test(suggestion) ? `; try "${suggestion}"` : '';
    return `${kind} name "${name}" must be kebab-case and start with a letter${hint}`;
  }
  const identifier = camelCase(name);
  if (reservedWords.has(identifier)) {
    return `${kind} name "${name}" is a reserved word once cased ("${identifier}")`;
  }
  return undefined;
}

/** Every problem in a list of module or service names, including duplicates. */
export function nameListProblems(names: readonly string[], kind: NameKind): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const problem = nameProblem(name, kind);
    if (problem) {
      problems.push(problem);
      continue;
    }
    const identifier = camelCase(name);
    if (seen.has(identifier)) problems.push(`duplicate ${kind} name "${name}"`);
    seen.add(identifier);
  }
  return problems;
}
