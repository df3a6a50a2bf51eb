import { fileURLToPath } from 'node:url';
import type { ProjectOptions } from '../../src/options/project-options.js';

/** A template tree rendered into the project at `destination` (relative to the project root). */
export interface TemplateOverlay {
  name: string;
  templateDir: string;
  destination: string;
}

// PLACEHOLDER (owned by the lead): replaced by the real feature map of the monolith.
const templatesRoot = fileURLToPath(new URL('../../../templates/', import.meta.url));

export function projectOverlays(_options: ProjectOptions): TemplateOverlay[] {
  return [{ name: 'base', templateDir: `${templatesRoot}base`, destination: '' }];
}

export function templateData(options: ProjectOptions): Record<string, unknown> {
  return { ...options };
}
