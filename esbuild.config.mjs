// Bundles each bin, and the generators a project's plopfile loads, into one file plus chunks loaded
// on demand: resolving and reading some 400 modules was most of the CLI's start-up time, and with
// every entry point bundled the published package needs no runtime dependencies (a generated
// project's devDependency on it installs one package). `tsc -p tsconfig.build.json` runs first
// (types, and dist/ for the rest); this replaces only the entry files. A new bin or export: add its
// source to `entryPoints` (and its dist path to package.json "bin" or "exports").
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';
import { precompiledTemplatesModule } from './dist/generators/shared/precompile-templates.js';

const entryPoints = ['src/cli/main.ts', 'src/gen/main.ts', 'generators/plop.ts'];
const chunksDir = 'src/chunks';

/** Puts the built-in templates, precompiled, into the bundle (see generators/shared/precompiled-templates.ts). */
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(build) {
    build.onLoad({ filter: /generators[\\/]shared[\\/]precompiled-templates\.ts$/ }, async () => ({
      contents: await precompiledTemplatesModule('templates'),
      loader: 'js',
    }));
  },
};

await rm(`dist/${chunksDir}`, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist',
  outbase: '.',
  bundle: true,
  splitting: true,
  chunkNames: `${chunksDir}/[name]-[hash]`,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  minify: true,
  // Bundled CommonJS packages (handlebars...) call require() for node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [precompiledTemplates],
  logLevel: 'warning',
});
