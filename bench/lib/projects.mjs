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

const npmQuiet = ['--no-audit', '--no-fund', '--loglevel=error'];

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

  /** A generated monolith, installed and with its Prisma client (the CLI's own post steps); not built. */
  const generated = (http) =>
    once(`generated-${http}`, async () => {
      const dir = join(workDir, `generated-${http}`);
      if (http !== 'fastify') return installedLike(await generated('fastify'), dir, http);
      log(`generating and installing the ${http} monolith`);
      const args = [cliPath, dir, '--yes', '--no-git', '--http', http, '--package-manager', 'npm'];
      const createAndInstallMs = await timed(() => exec(process.execPath, args, { cwd: workDir }));
      return { dir, createAndInstallMs };
    });

  // Another platform of an installed project: its node_modules hard-linked, then reconciled by npm (a
  // minute less than a full install on a slow disk); the Prisma client as the CLI generates it offline.
  const installedLike = async (installed, dir, http) => {
    log(`generating the ${http} monolith, installing from the fastify one's node_modules`);
    await exec(process.execPath, [cliPath, dir, '--yes', '--no-git', '--no-install', '--http', http], { cwd: workDir });
    await exec('cp', ['-al', join(installed.dir, 'node_modules'), join(dir, 'node_modules')]);
    await cp(join(installed.dir, 'package-lock.json'), join(dir, 'package-lock.json'));
    await exec('npm', ['install', '--prefer-offline', ...npmQuiet], { cwd: dir });
    const stub = join(workDir, 'schema-engine-stub');
    await writeFile(stub, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    await exec('npm', ['run', 'db:generate'], { cwd: dir, env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub } });
    return { dir };
  };

  /** `nest new`, installed: the official CLI's fresh project, untouched. */
  const nest = () =>
    once('nest', async () => {
      const { nest: nestBin } = await tools();
      const dir = join(workDir, 'nest-app');
      log('nest new + npm install');
      await exec(nestBin, ['new', 'nest-app', '--skip-install', '--skip-git', '--package-manager', 'npm'], { cwd: workDir });
      const installMs = await timed(() => exec('npm', ['install', ...npmQuiet], { cwd: dir }));
      return { dir, installMs };
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
    /** A generated monolith built for production; `prepare` runs first (e.g. adding a module). */
    builtGenerated: (http, prepare) => built(`built-${http}`, () => generated(http), prepare),
    /** The `nest new` project serving GET /health on Fastify or Express (HTTP_PLATFORM), built. */
    bareNest: () =>
      built('bare-nest', nest, async (dir) => {
        log('bare Nest baseline: adding @nestjs/platform-fastify and GET /health');
        await cp(join(fixturesDir, 'nest-bare'), dir, { recursive: true });
        const { dependencies } = await packageJson(dir);
        await exec('npm', ['install', ...npmQuiet, `@nestjs/platform-fastify@${dependencies['@nestjs/core']}`], { cwd: dir });
      }),
    nodeHttpServer: join(fixturesDir, 'node-http', 'server.mjs'),
  };
}
