import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PresetError } from '../errors.js';
import { fetchPreset } from './fetch-preset.js';
import { readPresetFeatures, type FeatureOption, type PresetFeature } from './preset-features.js';
import { presetContentHash, presetPath, presetTreeFiles } from './preset-files.js';
import {
  presetFileName,
  presetIssueLine,
  presetManifestSchema,
  presetOptionKeys,
  type PresetDefaults,
  type PresetManifest,
  type PresetOptionKey,
} from './preset-schema.js';

/** How many presets one `extends` chain may hold, the preset itself included. */
export const maxPresetChain = 5;

/** One preset of the chain, read and checked. */
export interface LoadedPreset {
  name: string;
  version: string;
  root: string;
  /** `<label>/backend-arch.preset.json`: how messages name the preset's manifest. */
  file: string;
  manifest: PresetManifest;
  hash: string;
  templatesDir?: string;
  features: PresetFeature[];
  /** Absolute path of the `generators` module. */
  generators?: string;
}

/** A preset with its `extends` chain applied: what the CLI and the renderer use. */
export interface ResolvedPreset {
  name: string;
  version: string;
  /** Of the whole chain: the preset's files and its parents'. */
  hash: string;
  file: string;
  /** The chain, the furthest parent first: later presets override earlier ones. */
  chain: LoadedPreset[];
  /** Option values replacing the built-in defaults. */
  defaults: Partial<Record<PresetOptionKey, unknown>>;
  /** Defaults of the preset features' options, by `option.key`. */
  featureDefaults: Record<string, boolean>;
  /** Option and feature keys a flag may not contradict. */
  locked: string[];
  /** The `templates` overlay roots, parent first. */
  templateDirs: string[];
  /** Every feature folder of the chain, parent first. */
  featureDirs: string[];
  featureOptions: FeatureOption[];
  generators: { preset: string; module: string }[];
  dependencies: { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  postGenerate: string[];
  /** Removes what fetching the presets left in the temp directory. */
  cleanup(): Promise<void>;
}

async function readPresetManifest(root: string, file: string): Promise<PresetManifest> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(join(root, presetFileName), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PresetError(`${file}: ${code === 'ENOENT' ? 'missing' : `not valid JSON: ${(error as Error).message}`}`);
  }
  const result = presetManifestSchema.safeParse(json);
  if (!result.success) throw new PresetError(presetIssueLine(file, result.error));
  return result.data;
}

async function loadOne(spec: string, from: string, tempRoot: string): Promise<LoadedPreset> {
  const { root, label } = await fetchPreset(spec, from, tempRoot);
  const file = `${label}/${presetFileName}`;
  const manifest = await readPresetManifest(root, file);
  const templatesDir = manifest.templates ? await presetPath(root, manifest.templates, 'templates', file) : undefined;
  // Symlinks in the overlay are refused here, before anything renders.
  if (templatesDir) await presetTreeFiles(templatesDir, `${label}/${manifest.templates}`);
  const featuresDir = manifest.features ? await presetPath(root, manifest.features, 'features', file) : undefined;
  const generators = manifest.generators ? await presetPath(root, manifest.generators, 'generators', file) : undefined;
  return {
    name: manifest.name,
    version: manifest.version,
    root,
    file,
    manifest,
    hash: await presetContentHash(root, label),
    templatesDir,
    features: featuresDir ? await readPresetFeatures(featuresDir, `${label}/${manifest.features}`, manifest.name) : [],
    generators,
  };
}

async function loadChain(spec: string, from: string, tempRoot: string): Promise<LoadedPreset[]> {
  const chain: LoadedPreset[] = [];
  let next: { spec: string; from: string } | undefined = { spec, from };
  while (next) {
    const preset = await loadOne(next.spec, next.from, tempRoot);
    const names = [...chain, preset].map((loaded) => loaded.name);
    if (chain.some((loaded) => loaded.name === preset.name)) {
      throw new PresetError(`${chain.at(-1)!.file}: extends: a cycle (${names.join(' -> ')})`);
    }
    chain.push(preset);
    if (preset.manifest.extends && chain.length === maxPresetChain) {
      throw new PresetError(`${preset.file}: extends: more than ${maxPresetChain} presets in the chain (${names.join(' -> ')} -> ...)`);
    }
    next = preset.manifest.extends ? { spec: preset.manifest.extends, from: preset.root } : undefined;
  }
  return chain.reverse();
}

function featureOptionsOf(chain: LoadedPreset[]): FeatureOption[] {
  const byKey = new Map<string, FeatureOption>();
  for (const preset of chain) {
    for (const { option } of preset.features) if (option) byKey.set(option.key, option);
  }
  return [...byKey.values()];
}

/** Splits the chain's merged `defaults` into built-in options and feature toggles, refusing unknown features. */
function splitDefaults(chain: LoadedPreset[], featureKeys: Set<string>) {
  const defaults: Partial<Record<PresetOptionKey, unknown>> = {};
  const featureDefaults: Record<string, boolean> = {};
  for (const preset of chain) {
    for (const [key, value] of Object.entries(preset.manifest.defaults as PresetDefaults & Record<string, unknown>)) {
      if (value === undefined) continue;
      if ((presetOptionKeys as string[]).includes(key)) defaults[key as PresetOptionKey] = value;
      else if (featureKeys.has(key)) featureDefaults[key] = value as boolean;
      else {
        const known = [...featureKeys].join(', ') || 'none';
        throw new PresetError(`${preset.file}: defaults.${key}: unknown feature (the preset's features: ${known})`);
      }
    }
  }
  return { defaults, featureDefaults };
}

// Options whose built-in default depends on the layout: locking one means saying which value.
const layoutDependentDefaults = new Set(['jwtAlg', 'modules', 'services']);

function checkLocked(chain: LoadedPreset[], featureKeys: Set<string>, defaults: Partial<Record<PresetOptionKey, unknown>>): string[] {
  for (const preset of chain) {
    for (const key of preset.manifest.locked) {
      if (!(presetOptionKeys as string[]).includes(key) && !featureKeys.has(key)) {
        throw new PresetError(`${preset.file}: locked: unknown option or feature "${key}" (options: ${presetOptionKeys.join(', ')})`);
      }
      if (layoutDependentDefaults.has(key) && !(key in defaults)) {
        throw new PresetError(`${preset.file}: locked: "${key}" needs a value in defaults (its built-in default depends on the layout)`);
      }
    }
  }
  return [...new Set(chain.flatMap((preset) => preset.manifest.locked))];
}

function chainHash(chain: LoadedPreset[]): string {
  if (chain.length === 1) return chain[0]!.hash;
  return `sha256-${createHash('sha256').update(chain.map((preset) => preset.hash).join('\n')).digest('base64url')}`;
}

/**
 * Resolves `spec` (a path, an npm package spec or a tarball) and its `extends` chain. Reads files only:
 * nothing of a preset runs here. Relative specs start from `cwd`, a parent's from its child's root.
 */
export async function loadPreset(spec: string, cwd = process.cwd()): Promise<ResolvedPreset> {
  const tempRoot = await mkdtemp(join(tmpdir(), 'backend-arch-preset-'));
  const cleanup = () => rm(tempRoot, { recursive: true, force: true });
  try {
    const chain = await loadChain(spec, cwd, tempRoot);
    const leaf = chain.at(-1)!;
    const featureOptions = featureOptionsOf(chain);
    const featureKeys = new Set(featureOptions.map((option) => option.key));
    const { defaults, featureDefaults } = splitDefaults(chain, featureKeys);
    const merge = (kind: 'dependencies' | 'devDependencies') =>
      Object.assign({}, ...chain.map((preset) => preset.manifest.dependencies[kind] ?? {})) as Record<string, string>;
    return {
      name: leaf.name,
      version: leaf.version,
      hash: chainHash(chain),
      file: leaf.file,
      chain,
      defaults,
      featureDefaults,
      locked: checkLocked(chain, featureKeys, defaults),
      templateDirs: chain.flatMap((preset) => (preset.templatesDir ? [preset.templatesDir] : [])),
      featureDirs: chain.flatMap((preset) => preset.features.map((feature) => feature.dir)),
      featureOptions,
      generators: chain.flatMap((preset) => (preset.generators ? [{ preset: preset.name, module: preset.generators }] : [])),
      dependencies: { dependencies: merge('dependencies'), devDependencies: merge('devDependencies') },
      postGenerate: chain.flatMap((preset) => preset.manifest.postGenerate),
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
