import { parse as parseSource } from '@babel/parser';
import type * as t from '@babel/types';
import { GenRequestError } from './gen-request-error.js';

// Edits of a project's TypeScript splice text at syntax-tree positions, so hand edits, comments and formatting stay.

export function parseTypeScript(source: string, fileName: string): t.File {
  try {
    return parseSource(source, { sourceType: 'module', plugins: ['typescript', 'decorators-legacy'] });
  } catch (error) {
    throw new GenRequestError(`${fileName} does not parse (${(error as Error).message}); fix it and run again`);
  }
}

export const startOf = (node: t.Node) => node.start ?? 0;
export const endOf = (node: t.Node) => node.end ?? 0;

export function insertAt(source: string, at: number, text: string): string {
  return source.slice(0, at) + text + source.slice(at);
}

export function lineIndent(source: string, position: number): string {
  const lineStart = source.lastIndexOf('\n', position - 1) + 1;
  return /^[ \t]*/.exec(source.slice(lineStart))?.[0] ?? '';
}

/** Just after the comma that follows `position`, or after the line comment that ends its line, which stays with its element. */
export function afterComma(source: string, position: number): number {
  const comma = source.indexOf(',', position) + 1;
  const comment = /^[ \t]*\/\/[^\n]*/.exec(source.slice(comma));
  return comment ? comma + comment[0].length : comma;
}

/** Whether a comma follows `last` before `closing` (the `]` or `}` of its list). */
export function hasTrailingComma(source: string, last: t.Node, closing: number): boolean {
  return /^\s*,/.test(source.slice(endOf(last), closing));
}
