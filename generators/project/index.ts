import type { NodePlopAPI } from 'node-plop';
import type { ProjectOptions } from '../../src/options/project-options.js';
import { resolveInside } from '../../src/paths/resolve-inside.js';
import { registerRenderTree, renderTreeActionType, type RenderTreeAction } from '../actions/render-tree.js';
import { projectOverlays, templateData, type TemplateOverlay } from './overlays.js';

export interface ProjectGeneratorInput {
  options: ProjectOptions;
  /** Absolute directory the project is rendered into (the staging directory). */
  destinationRoot: string;
  /** Defaults to `projectOverlays(options)`. */
  overlays?: TemplateOverlay[];
}

export function projectActions(input: ProjectGeneratorInput): RenderTreeAction[] {
  const { options, destinationRoot, overlays = projectOverlays(options) } = input;
  const data = templateData(options);
  return overlays.map((overlay) => ({
    type: renderTreeActionType,
    templateDir: overlay.templateDir,
    destination: overlay.destination ? resolveInside(destinationRoot, overlay.destination) : destinationRoot,
    templateData: data,
  }));
}

/** The plop generator `project`. No plop prompts: the CLI prompts and passes a `ProjectGeneratorInput`. */
export default function projectGenerator(plop: NodePlopAPI): void {
  registerRenderTree(plop);
  plop.setGenerator('project', {
    description: 'a new NestJS project',
    prompts: [],
    actions: (answers) => projectActions(answers as ProjectGeneratorInput),
  });
}
