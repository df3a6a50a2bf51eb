import { join, relative } from 'node:path';
import { isInside } from '../../src/paths/resolve-inside.js';
import { templatesDir } from '../../src/package-root.js';

/**
 * The directories of a preset's `templates` overlays (parent first) that hold files for the built-in
 * tree `templateDir`: a preset mirrors the built-in `templates/` (what --eject-templates writes), so
 * `features/core/src/main.ts.hbs` of a preset overrides that file of the `features/core` tree.
 */
export function overlayDirsFor(presetTemplateDirs: readonly string[], templateDir: string): string[] {
  const builtIn = templatesDir();
  if (presetTemplateDirs.length === 0 || !isInside(builtIn, templateDir)) return [];
  const tree = relative(builtIn, templateDir);
  return presetTemplateDirs.map((root) => join(root, tree));
}
