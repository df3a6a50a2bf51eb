import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { ProjectOptions } from '../../src/options/project-options.js';
import { renderTree } from '../actions/render-tree.js';
import { serviceEndpoints } from '../project/microservices.js';
import { type ProjectPlan, projectPlan, templateData, type TemplateOverlay } from '../project/overlays.js';
import { renderTemplate } from '../shared/handlebars.js';

/**
 * The project as the generator renders it with the new service, and as it rendered it without: both
 * from one set of template data, so the only difference between the two is the service.
 */
export interface ServiceRendering {
  options: ProjectOptions;
  plan: ProjectPlan;
  data: Record<string, unknown>;
  dataWithout: Record<string, unknown>;
}

export function serviceRendering(options: ProjectOptions, without: ProjectOptions): ServiceRendering {
  const data = templateData(options);
  return { options, plan: projectPlan(options), data, dataWithout: { ...data, services: serviceEndpoints(without) } };
}

/** The trees that make the service: its app's features and templates, its contract and its gateway routes. */
function serviceOverlays(plan: ProjectPlan, name: string): { features: TemplateOverlay[]; layout: TemplateOverlay[] } {
  const ofService = (overlay: TemplateOverlay) => overlay.destination === `apps/${name}` || overlay.data?.service === name;
  return { features: plan.features.filter(ofService), layout: plan.layout.filter(ofService) };
}

async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files.set(relative(root, file).split(sep).join('/'), await readFile(file, 'utf8'));
  }
  return new Map([...files].sort(([left], [right]) => left.localeCompare(right)));
}

/** Every file of the new service (project-relative paths), rendered exactly as project creation renders them. */
export async function renderServiceFiles(rendering: ServiceRendering, name: string): Promise<Map<string, string>> {
  const { features, layout } = serviceOverlays(rendering.plan, name);
  const staging = await mkdtemp(join(tmpdir(), 'backend-arch-service-'));
  try {
    const render = (overlay: TemplateOverlay) =>
      renderTree(overlay.templateDir, join(staging, overlay.destination), { ...rendering.data, ...overlay.data }, { include: overlay.include });
    for (const overlay of [...features, ...layout]) await render(overlay);
    return await readTree(staging);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** `apps/gateway/.env.example` -> the template it comes from in `templateDir` (`_env.example.hbs`), if any. */
function templateFor(templateDir: string, path: string): string | undefined {
  const dotless = path.replace(/(^|\/)\.([^/]+)$/, '$1_$2');
  return [`${path}.hbs`, path, `${dotless}.hbs`, dotless]
    .map((candidate) => join(templateDir, candidate))
    .find((candidate) => existsSync(candidate));
}

/**
 * A file of the layout's own trees or an app's features (root files, the gateway's), rendered with and
 * without the service; undefined when no tree writes it.
 */
export async function renderLayoutFile(rendering: ServiceRendering, path: string): Promise<{ without: string; with: string } | undefined> {
  for (const overlay of [...rendering.plan.features, ...rendering.plan.layout].reverse()) {
    const prefix = overlay.destination ? `${overlay.destination}/` : '';
    if (!path.startsWith(prefix)) continue;
    const template = templateFor(overlay.templateDir, path.slice(prefix.length));
    if (!template || (overlay.include && !overlay.include(relative(overlay.templateDir, template).split(sep).join('/')))) continue;
    const source = await readFile(template, 'utf8');
    if (!template.endsWith('.hbs')) return { without: source, with: source };
    return {
      without: renderTemplate(source, { ...rendering.dataWithout, ...overlay.data }),
      with: renderTemplate(source, { ...rendering.data, ...overlay.data }),
    };
  }
  return undefined;
}
