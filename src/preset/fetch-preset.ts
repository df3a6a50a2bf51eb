import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { execa } from 'execa';
import { extract } from 'tar';
import { PresetError } from '../errors.js';
import { displayPath } from '../paths/display-path.js';

/** Where a preset's files are: its own directory (a path), or a temporary copy (a package or tarball). */
export interface FetchedPreset {
  root: string;
  /** How error lines name the preset: the path as the user would type it, or the package spec. */
  label: string;
}

const tarballPattern = /\.(tgz|tar\.gz|tar)$/;

/** A local tarball, a path (to a directory), or else an npm package spec (`name[@version]`, a git or tarball URL). */
export function presetSourceKind(spec: string, from: string): 'path' | 'tarball' | 'package' {
  const local = spec.startsWith('.') || spec.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(spec) || existsSync(resolve(from, spec));
  if (!local) return 'package';
  return tarballPattern.test(spec) ? 'tarball' : 'path';
}

async function extractTarball(file: string, tempRoot: string): Promise<string> {
  const root = await mkdtemp(join(tempRoot, 'preset-'));
  // npm tarballs hold one top folder (`package/`); tar refuses absolute and `..` paths.
  await extract({ file, cwd: root, strip: 1 });
  return root;
}

/** `npm pack` reads the npm cache first, so a package fetched once works offline; no script of the package runs. */
async function packPackage(spec: string, tempRoot: string): Promise<string> {
  const destination = await mkdtemp(join(tempRoot, 'pack-'));
  const result = await execa('npm', ['pack', spec, '--pack-destination', destination, '--json', '--ignore-scripts'], {
    reject: false,
    stdin: 'ignore',
  });
  if (result.exitCode !== 0) {
    const reason = `${result.stderr}`
      .split('\n')
      .filter((line) => /^npm (error|ERR!)/.test(line))
      .map((line) => line.replace(/^npm (error|ERR!)\s*/, '').trim())
      .find((line) => line && !/^(code|errno|path|syscall)\b/.test(line) && !line.startsWith('A complete log'));
    throw new PresetError(`cannot fetch preset ${spec} with npm pack: ${reason ?? `exit code ${result.exitCode}`}`);
  }
  const [packed] = JSON.parse(result.stdout) as { filename: string }[];
  if (!packed) throw new PresetError(`cannot fetch preset ${spec}: npm pack returned no tarball`);
  // Scoped names are packed as `scope-name-1.0.0.tgz`.
  return join(destination, packed.filename.replace(/^@/, '').replace('/', '-'));
}

/** Brings a preset's files where they can be read; `from` is the directory relative specs start from. */
export async function fetchPreset(spec: string, from: string, tempRoot: string): Promise<FetchedPreset> {
  await mkdir(tempRoot, { recursive: true });
  const kind = presetSourceKind(spec, from);
  if (kind === 'path') {
    const root = resolve(from, spec);
    const info = await stat(root).catch(() => undefined);
    if (!info?.isDirectory()) throw new PresetError(`preset ${spec}: ${displayPath(root)} is not a directory`);
    return { root, label: displayPath(root) };
  }
  try {
    const tarball = kind === 'tarball' ? resolve(from, spec) : await packPackage(spec, tempRoot);
    return { root: await extractTarball(tarball, tempRoot), label: spec };
  } catch (error) {
    if (error instanceof PresetError) throw error;
    throw new PresetError(`cannot fetch preset ${spec}: ${(error as Error).message.split('\n')[0]}`);
  }
}
