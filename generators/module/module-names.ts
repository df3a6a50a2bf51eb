import { camelCase, constantCase, pascalCase, snakeCase } from 'change-case';
import pluralize from 'pluralize';
import { nameProblem, reservedWords } from '../../src/options/names.js';
import { GenRequestError } from '../shared/gen-request-error.js';

/** A module name cased for every place it appears: `order-items` -> `OrderItem`, `order_items`, `/order-items`. */
export interface ModuleNames {
  /** kebab-case plural: folders, routes, tags (`order-items`). */
  plural: string;
  /** kebab-case singular: file names (`order-item`). */
  singular: string;
  Plural: string;
  Singular: string;
  pluralCamel: string;
  singularCamel: string;
  /** Upper snake singular, for constants (`ORDER_ITEM`). */
  SINGULAR: string;
  /** SQL table (`order_items`). */
  table: string;
}

// Routes and tables the generated app already has.
const TAKEN = new Set(['auth', 'users', 'health', 'docs', 'api', 'probe']);

function lastWord(name: string, convert: (word: string) => string): string {
  const words = name.split('-');
  words.push(convert(words.pop() ?? ''));
  return words.join('-');
}

export function moduleNames(name: string): ModuleNames {
  const problem = nameProblem(name, 'module');
  if (problem) throw new GenRequestError(problem);
  const plural = lastWord(name, (word) => pluralize.plural(word));
  const singular = lastWord(name, (word) => pluralize.singular(word));
  if (TAKEN.has(plural) || TAKEN.has(singular)) {
    throw new GenRequestError(`module name "${name}" clashes with the project's own ${plural} routes`);
  }
  if (plural === singular) {
    throw new GenRequestError(`module name "${name}" has no distinct singular and plural; pick a countable noun`);
  }
  for (const identifier of [camelCase(plural), camelCase(singular)]) {
    if (reservedWords.has(identifier)) {
      throw new GenRequestError(`module name "${name}" is a reserved word once cased ("${identifier}")`);
    }
  }
  return {
    plural,
    singular,
    Plural: pascalCase(plural),
    Singular: pascalCase(singular),
    pluralCamel: camelCase(plural),
    singularCamel: camelCase(singular),
    SINGULAR: constantCase(singular),
    table: snakeCase(plural),
  };
}
