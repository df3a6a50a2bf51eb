import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { existsSync } from 'node:fs';
import { TemplateRenderError } from '../../generators/actions/render-tree.js';
import { PresetError } from '../errors.js';
import { availableLayouts, type Layout } from '../options/choices.js';
import { firstIssueMessage, projectOptionsSchema } from '../options/project-options.js';
import { templatesDir } from '../package-root.js';
import { renderProject } from '../render/render-project.js';
import { loadPreset, type ResolvedPreset } from './load-preset.js';
import { presetTreeFiles } from './preset-files.js';

// Folders of the built-in templates that group trees; a preset file directly below one overrides nothing.
const groupingDirs = new Set(['.', 'features', 'layouts', 'layouts/microservices', 'layouts/modular']);

/** The layouts a user of the preset can pick: the locked one, or every available layout. */
function allowedLayouts(preset: ResolvedPreset): Layout[] {
  if (preset.locked.includes('layout')) return [(preset.defaults.layout as Layout | undefined) ?? 'monolith'];
  return availableLayouts();
}

async function changedFromBuiltIn(root: string, path: string): Promise<boolean> {
  const builtIn = await readFile(join(templatesDir(), path)).catch(() => undefined);
  return !builtIn?.equals(await readFile(join(root, path)));
}

/** Overlay files that no built-in tree has a place for (a misspelt tree name), as problem lines. */
async function strayTemplates(preset: ResolvedPreset): Promise<string[]> {
  const problems: string[] = [];
  for (const root of preset.templateDirs) {
    for (const path of await presetTreeFiles(root, root)) {
      if (/^features\/[^/]+\/(feature\.json|README\.md\.hbs)$/.test(path) && (await changedFromBuiltIn(root, path))) {
        problems.push(`${join(root, path)}: a built-in feature's descriptor and README section are not templates; a change here has no effect (add a feature of your own under the preset's features/)`);
        continue;
      }
      let dir = posix.dirname(path);
      while (!groupingDirs.has(dir) && !existsSync(join(templatesDir(), dir))) dir = posix.dirname(dir);
      if (groupingDirs.has(dir)) problems.push(`${join(root, path)}: matches no built-in template tree (see --eject-templates)`);
    }
  }
  return problems;
}

async function renderProblem(preset: ResolvedPreset, layout: Layout, workDir: string): Promise<string | undefined> {
  const directory = join(workDir, layout, 'preset-check');
  const parsed = projectOptionsSchema.safeParse({
    ...preset.defaults,
    modules: layout === 'modular' ? preset.defaults.modules : undefined,
    services: layout === 'microservices' ? preset.defaults.services : undefined,
    features: Object.fromEntries(preset.featureOptions.map((option) => [option.key, preset.featureDefaults[option.key] ?? option.default])),
    layout,
    name: 'preset-check',
    directory,
  });
  if (!parsed.success) return `${preset.file}: layout ${layout}: ${firstIssueMessage(parsed.error)}`;
  try {
    await renderProject(parsed.data, dirname(directory), { preset });
    return undefined;
  } catch (error) {
    if (error instanceof TemplateRenderError) return `${error.file}: ${error.problem}`;
    return `${preset.file}: layout ${layout}: ${(error as Error).message.split('\n')[0]}`;
  }
}

/**
 * `create-backend-arch preset check <dir>`: validates the preset and renders it, with its defaults,
 * for every layout it allows; resolves with one `<file>: <problem>` line a problem.
 */
export async function checkPreset(dir: string): Promise<string[]> {
  let preset: ResolvedPreset;
  try {
    preset = await loadPreset(dir);
  } catch (error) {
    if (error instanceof PresetError) return [error.message];
    throw error;
  }
  const workDir = await mkdtemp(join(tmpdir(), 'backend-arch-preset-check-'));
  try {
    const problems = await strayTemplates(preset);
    for (const layout of allowedLayouts(preset)) {
      const problem = await renderProblem(preset, layout, workDir);
      if (problem) problems.push(problem);
    }
    return [...new Set(problems)];
  } finally {
    await rm(workDir, { recursive: true, force: true });
    await preset.cleanup();
  }
}
