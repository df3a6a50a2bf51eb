import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exec } from './exec.mjs';
import { log } from './log.mjs';
import { installTools } from './tools.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = join(repoRoot, 'dist', 'src', 'cli', 'main.js');
const fixturesDir = join(repoRoot, 'bench', 'fixtures');

export const moduleFields = 'title:string,price:decimal,paid:boolean?,status:enum(draft|paid|shipped),customerEmail:string:unique';

// --prefer-offline: what npm's cache holds is used without asking the registry again; the rest is fetched.
const npmInstall = ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

async function timed(work) {
  const started = performance.now();
  await work();
  return Math.round(performance.now() - started);
}

export async function packageJson(dir) {
  return JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
}

/**
 * The projects every suite shares, each made once on first use under `workDir`:
 * the baselines' tools, generated monoliths (installed by the CLI itself) and a fresh `nest new`.
 */
export function createProjects(workDir) {
  const made = new Map();
  const once = (key, make) => {
    if (!made.has(key)) made.set(key, make());
    return made.get(key);
  };

  const tools = () =>
    once('tools', async () => {
      log('installing @nestjs/cli and create-vite into the work directory');
      return installTools(join(workDir, 'tools'));
    });

  // This package packed as npm publishes it. From a checkout, a generated project depends on the
  // checkout through a `file:` symlink, which installs none of what the published package brings.
  const generatorTarball = () =>
    once('tarball', async () => {
      log('packing create-backend-arch');
      await exec('npm', ['pack', '--ignore-scripts', '--pack-destination', workDir], { cwd: repoRoot });
      const { name, version } = await packageJson(repoRoot);
      return join(workDir, `${name}-${version}.tgz`);
    });

  /** A monolith generated without installing, whose devDependency on this package is the packed tarball. */
  const generate = async (dir, http) => {
    await exec(process.execPath, [cliPath, dir, '--yes', '--no-git', '--no-install', '--http', http], { cwd: workDir });
    const manifest = await packageJson(dir);
    manifest.devDependencies['create-backend-arch'] = `file:${await generatorTarball()}`;
    await writeFile(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  };

  // The Prisma client, generated as the CLI does offline (its schema engine cannot be downloaded here).
  const prismaGenerate = async (dir) => {
    const stub = join(workDir, 'schema-engine-stub');
    await writeFile(stub, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    await exec('npm', ['run', 'db:generate'], { cwd: dir, env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub } });
  };

  /** A generated monolith, installed and with its Prisma client (the CLI's post steps); not built. */
  const generated = (http) =>
    once(`generated-${http}`, async () => {
      const dir = join(workDir, `generated-${http}`);
      if (http !== 'fastify') return installedLike(await generated('fastify'), dir, http);
      log(`generating and installing the ${http} monolith`);
      await generate(dir, http);
      const installMs = await timed(() => exec('npm', npmInstall, { cwd: dir }));
      await prismaGenerate(dir);
      return { dir, installMs };
    });

  // Another platform of an installed project: its node_modules hard-linked, then reconciled by npm (a
  // minute less than a full install on a slow disk).
  const installedLike = async (installed, dir, http) => {
    log(`generating the ${http} monolith, installing from the fastify one's node_modules`);
    await generate(dir, http);
    await exec('cp', ['-al', join(installed.dir, 'node_modules'), join(dir, 'node_modules')]);
    await cp(join(installed.dir, 'package-lock.json'), join(dir, 'package-lock.json'));
    await exec('npm', npmInstall, { cwd: dir });
    await prismaGenerate(dir);
    return { dir };
  };

  /** `nest new`, installed: the official CLI's fresh project, untouched. */
  const nest = () =>
    once('nest', async () => {
      const { nest: nestBin } = await tools();
      const dir = join(workDir, 'nest-app');
      log('nest new + npm install');
      await exec(nestBin, ['new', 'nest-app', '--skip-install', '--skip-git', '--package-manager', 'npm'], { cwd: workDir });
      const installMs = await timed(() => exec('npm', npmInstall, { cwd: dir }));
      return { dir, installMs };
    });

  // What the later suites add to `nest new`, in one install: @nestjs/mapped-types, which the first
  // `nest g resource` would install (the module suite times generation only), and the Fastify platform
  // of the bare baseline (the runtime suite).
  const nestWithAdditions = () =>
    once('nest-additions', async () => {
      const { dir } = await nest();
      const { dependencies } = await packageJson(dir);
      log('nest new: adding @nestjs/mapped-types and @nestjs/platform-fastify');
      await exec('npm', [...npmInstall, '@nestjs/mapped-types', `@nestjs/platform-fastify@${dependencies['@nestjs/core']}`], { cwd: dir });
      return { dir };
    });

  const built = (key, project, prepare) =>
    once(key, async () => {
      const { dir } = await project();
      await prepare?.(dir);
      log(`building ${dir}`);
      await exec('npm', ['run', 'build'], { cwd: dir });
      return { dir };
    });

  return {
    tools,
    generated,
    nest,
    nestWithAdditions,
    /** A generated monolith built for production; `prepare` runs first (e.g. adding a module). */
    builtGenerated: (http, prepare) => built(`built-${http}`, () => generated(http), prepare),
    /** The `nest new` project serving GET /health on Fastify or Express (HTTP_PLATFORM), built. */
    bareNest: () =>
      built('bare-nest', nestWithAdditions, async (dir) => {
        log('bare Nest baseline: GET /health on Fastify or Express');
        await cp(join(fixturesDir, 'nest-bare'), dir, { recursive: true });
      }),
    nodeHttpServer: join(fixturesDir, 'node-http', 'server.mjs'),
  };
}
