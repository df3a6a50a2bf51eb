import { join } from 'node:path';
import type { NodePlopAPI } from 'node-plop';
import type { ProjectOptions } from '../../src/options/project-options.js';
import { templatesDir } from '../../src/package-root.js';
import { resolveInside } from '../../src/paths/resolve-inside.js';
import { overlayDirsFor } from '../actions/template-overlay.js';
import { registerRenderTree, renderTreeActionType, type RenderTreeAction } from '../actions/render-tree.js';
import { placeFilesActionType, type PlaceFilesAction, registerPlaceFiles } from './place-files.js';
import { type ProjectPlan, projectPlan, templateData, type TemplateOverlay } from './overlays.js';

export interface ProjectGeneratorInput {
  options: ProjectOptions;
  /** Absolute directory the project is rendered into (the staging directory). */
  destinationRoot: string;
  /** Replaces the plan: these trees only, rendered in order. */
  overlays?: TemplateOverlay[];
  preset?: PresetRender;
}

/** What a team preset changes in a project (see src/preset/). */
export interface PresetRender {
  /** Its `templates` trees, parent preset first: their files replace or add to the built-in trees' at the same paths. */
  templateDirs: string[];
  /** Its feature folders (descriptor + templates), parent preset first, for the feature registry. */
  featureDirs: string[];
  /** Its `generators` modules as the project's plopfile imports them (relative to the project root). */
  generators: { preset: string; modulePath: string }[];
}

// The plopfile that registers a preset's generators next to the built-in ones.
const PRESET_PLOPFILE = 'preset-plopfile';

function projectActions(input: ProjectGeneratorInput): (RenderTreeAction | PlaceFilesAction)[] {
  const { options, destinationRoot, overlays, preset } = input;
  const extraFeatureDirs = preset?.featureDirs;
  const plan: ProjectPlan = overlays ? { features: overlays, layout: [] } : projectPlan(options, { extraFeatureDirs });
  const data = templateData(options, { extraFeatureDirs });
  const render = (overlay: TemplateOverlay): RenderTreeAction => ({
    type: renderTreeActionType,
    templateDir: overlay.templateDir,
    destination: overlay.destination ? resolveInside(destinationRoot, overlay.destination) : destinationRoot,
    templateData: { ...data, ...overlay.data },
    include: overlay.include,
    ...(preset ? { overlayDirs: overlayDirsFor(preset.templateDirs, overlay.templateDir) } : {}),
  });
  const presetPlopfile: TemplateOverlay[] = preset?.generators.length
    ? [{ name: PRESET_PLOPFILE, templateDir: join(templatesDir(), PRESET_PLOPFILE), destination: '', data: { presetGenerators: preset.generators } }]
    : [];
  return [
    ...plan.features.map(render),
    ...(plan.placement
      ? [{ type: placeFilesActionType, destination: destinationRoot, place: plan.placement } as const]
      : []),
    ...[...plan.layout, ...presetPlopfile].map(render),
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
