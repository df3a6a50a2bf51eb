/** A layout's own template tree (rendered after placement, in the layout's coordinates). */
export interface LayoutTree {
  template: string;
}

// README, compose file and CI workflow of a project that is one Nest app.
export const ONE_APP: LayoutTree = { template: 'layouts/one-app' };
export const MONOLITH: LayoutTree = { template: 'layouts/monolith' };
export const MODULAR: LayoutTree = { template: 'layouts/modular/base' };
// The public index.ts of the auth and users modules and the users module's domain event.
export const MODULAR_AUTH: LayoutTree = { template: 'layouts/modular/auth' };
// One per `--modules` name that no feature provides: an empty, wired Nest module.
export const EMPTY_MODULE = 'layouts/modular/module';
