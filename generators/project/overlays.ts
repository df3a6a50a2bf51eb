import { join } from 'node:path';
import { templatesDir } from '../../src/package-root.js';
import type { ProjectOptions } from '../../src/options/project-options.js';

/** A template tree rendered into the project at `destination` (relative to the project root). */
export interface TemplateOverlay {
  name: string;
  templateDir: string;
  destination: string;
}

// PLACEHOLDER (owned by the lead): replaced by the real feature map of the monolith.

export function projectOverlays(_options: ProjectOptions): TemplateOverlay[] {
  return [{ name: 'base', templateDir: join(templatesDir(), 'base'), destination: '' }];
}

export function templateData(options: ProjectOptions): Record<string, unknown> {
  return { ...options };
}
