import { availability } from '../options/availability.js';
import { jwtAlgorithms, layouts, type JwtAlgorithm, type Layout } from '../options/choices.js';
import type { GivenOptions } from '../options/given-options.js';
import { nameListProblems, type NameKind } from '../options/names.js';

/** A choice of a select prompt; a disabled one says why. */
export interface Choice<T extends string> {
  value: T;
  disabled?: boolean;
  hint?: string;
}

/** Why `layout` would be refused with the options already given (the schema's refinements), if it would. */
function layoutConflict(layout: Layout, given: GivenOptions): string | undefined {
  if (!availability.layouts[layout]) return 'not available yet';
  if (given.modules?.length && layout !== 'modular') return '--modules needs modular';
  if (given.services?.length && layout !== 'microservices') return '--services needs microservices';
  if (layout === 'microservices' && given.auth === false) return 'needs auth';
  if (layout === 'microservices' && given.jwtAlg === 'HS256') return 'does not take HS256';
  return undefined;
}

/** The layouts, those that the given options rule out disabled with the reason. */
export function layoutChoices(given: GivenOptions): Choice<Layout>[] {
  return layouts.map((value) => {
    const conflict = layoutConflict(value, given);
    return conflict ? { value, disabled: true, hint: conflict } : { value };
  });
}

/** Microservices verify tokens with a public key: HS256 is never offered there. */
export function jwtAlgorithmChoices(layout: string): Choice<JwtAlgorithm>[] {
  return jwtAlgorithms.filter((alg) => layout !== 'microservices' || alg !== 'HS256').map((value) => ({ value }));
}

/** The modules prompt (modular layout) and the services prompt (microservices), when those options are available. */
export function nameListKind(layout: string): NameKind | undefined {
  if (layout === 'modular' && availability.features.modules) return 'module';
  if (layout === 'microservices' && availability.features.services) return 'service';
  return undefined;
}

/** A comma list as the flags read it ("users, orders" -> ["users", "orders"]). */
export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The first problem of a comma list of names, worded like the flag's. */
export function nameListProblem(value: string | undefined, kind: NameKind): string | undefined {
  return nameListProblems(commaList(value ?? ''), kind)[0];
}
