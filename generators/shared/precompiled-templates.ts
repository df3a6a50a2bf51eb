import type Handlebars from 'handlebars';

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/**
 * Every built-in `.hbs` template precompiled, by `templateKey`, for `renderTemplate`: the bundle
 * (esbuild.config.mjs) replaces this module with the filled map, since compiling them at run time
 * took ~70 ms of `create` and ~270 ms of `gen module`. Empty from source or tsc output, where
 * templates compile at run time.
 */
export const precompiledTemplates: Record<string, TemplateSpecification> = {};
