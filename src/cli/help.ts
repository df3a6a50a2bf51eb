import { featureOptions } from '../../generators/features/registry.js';
import { availability, type Feature } from '../options/availability.js';
import type { FeatureOption as PresetFeatureOption } from '../preset/preset-features.js';
import { httpAdapters, jwtAlgorithms, layouts, optionDefaults, packageManagers, transports } from '../options/choices.js';

const soon = (feature: Feature) => (availability.features[feature] ? '' : ' *');
const onOff = (on: boolean) => (on ? 'on' : 'off');

function values<T extends string>(list: readonly T[], fallback: T, isAvailable: (value: T) => boolean = () => true) {
  return list
    .map((value) => `${value}${value === fallback ? ' (default)' : ''}${isAvailable(value) ? '' : ' *'}`)
    .join(', ');
}

/** The help; with a preset, its features' flags follow the built-in ones. */
export function helpText(presetFeatures: PresetFeatureOption[] = []): string {
  const flags: [string, string][] = [
    ['--layout <layout>', values(layouts, optionDefaults.layout, (layout) => availability.layouts[layout])],
    ['--http <adapter>', values(httpAdapters, optionDefaults.http)],
    ['--modules <list>', `comma list of modules to create, e.g. users,orders${soon('modules')}`],
    ['--services <list>', `microservices: comma list of services (default: users)${soon('services')}`],
    ['--transport <name>', `microservices: ${values(transports, optionDefaults.transport)}${soon('transport')}`],
    ['--jwt-alg <algorithm>', `access token signing: ${values(jwtAlgorithms, optionDefaults.jwtAlg)}`],
    ...featureOptions().map(({ key, flag, help, default: on }): [string, string] => {
      const available = availability.features[key as Feature] ?? true;
      return [`--${flag}, --no-${flag}`, `${help} (default: ${onOff(on && available)})${available ? '' : ' *'}`];
    }),
    ...presetFeatures.map(({ flag, help, default: on, preset }): [string, string] => [
      `--${flag}, --no-${flag}`,
      `${help} (default: ${onOff(on)}; preset ${preset})`,
    ]),
    ['--preset <path|package|tgz>', `a team preset: a directory, an npm package[@version] or a tarball${soon('preset')}`],
    ['--trust-preset', "run the preset's postGenerate commands (listed and skipped without it)"],
    ['--eject-templates <dir>', 'write the built-in templates and a starter preset there, the start of a team preset'],
    ['--package-manager <pm>', `${packageManagers.join(', ')} (default: the one running this, else npm)`],
    ['--install, --no-install', `install dependencies and generate the Prisma client (default: ${onOff(optionDefaults.install)})`],
    ['--git, --no-git', `create a git repository with a first commit (default: ${onOff(optionDefaults.git)})`],
    ['-y, --yes', `use defaults for everything not given, no prompts; directory: ${optionDefaults.directory}`],
    ['--dry-run', 'print the file plan (paths and sizes), write nothing'],
    ['--force', 'write into a non-empty directory, overwriting files'],
    ['--json', 'print one JSON result object on stdout'],
    ['-h, --help', 'show this help'],
    ['-v, --version', 'print the version'],
  ];
  const width = Math.max(...flags.map(([flag]) => flag.length)) + 2;
  return [
    'Usage: create-backend-arch [directory] [options]',
    '       npm create backend-arch@latest [directory] -- [options]',
    '       create-backend-arch preset check <dir>   (validates a preset and renders it for every layout it allows)',
    '',
    'Scaffolds a NestJS backend. Prompts for what is missing when run in a terminal;',
    'never prompts otherwise (pass a directory or --yes).',
    '',
    'Options:',
    ...flags.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`),
    '',
    ...(flags.some(([, text]) => text.endsWith(' *') || text.includes(' *,')) ? ['  * not available yet', ''] : []),
    'Examples:',
    '  npm create backend-arch@latest my-api',
    '  npx create-backend-arch my-api --http express --no-git',
    '  npx create-backend-arch --yes --dry-run',
    '  npx create-backend-arch my-api --yes --json --no-install',
    '  npx create-backend-arch my-api --preset @acme/backend-preset@1.2.0',
    '',
  ].join('\n');
}
