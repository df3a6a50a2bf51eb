import type { NodePlopAPI } from 'node-plop';
import type { ProjectOptions } from '../../src/options/project-options.js';
import { resolveInside } from '../../src/paths/resolve-inside.js';
import { registerRenderTree, renderTreeActionType, type RenderTreeAction } from '../actions/render-tree.js';
import { placeFilesActionType, type PlaceFilesAction, registerPlaceFiles } from './place-files.js';
import { type ProjectPlan, projectPlan, templateData, type TemplateOverlay } from './overlays.js';

export interface ProjectGeneratorInput {
  options: ProjectOptions;
  /** Absolute directory the project is rendered into (the staging directory). */
  destinationRoot: string;
  /** Replaces the plan: these trees only, rendered in order. */
  overlays?: TemplateOverlay[];
  /** Feature folders besides the built-in ones (a preset's), rendered after them. */
  extraFeatureDirs?: string[];
}

export function projectActions(input: ProjectGeneratorInput): (RenderTreeAction | PlaceFilesAction)[] {
  const { options, destinationRoot, overlays, extraFeatureDirs } = input;
  const plan: ProjectPlan = overlays ? { features: overlays, layout: [] } : projectPlan(options, { extraFeatureDirs });
  const data = templateData(options, { extraFeatureDirs });
  const render = (overlay: TemplateOverlay): RenderTreeAction => ({
    type: renderTreeActionType,
    templateDir: overlay.templateDir,
    destination: overlay.destination ? resolveInside(destinationRoot, overlay.destination) : destinationRoot,
    templateData: { ...data, ...overlay.data },
    include: overlay.include,
  });
  return [
    ...plan.features.map(render),
    ...(plan.placement
      ? [{ type: placeFilesActionType, destination: destinationRoot, place: plan.placement } as const]
      : []),
    ...plan.layout.map(render),
  ];
}

/** The plop generator `project`. No plop prompts: the CLI prompts and passes a `ProjectGeneratorInput`. */
export default function projectGenerator(plop: NodePlopAPI): void {
  registerRenderTree(plop);
  registerPlaceFiles(plop);
  plop.setGenerator('project', {
    description: 'a new NestJS project',
    prompts: [],
    actions: (answers) => projectActions(answers as ProjectGeneratorInput),
  });
}
