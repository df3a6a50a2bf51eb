import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { promptDirectory, promptMissing, type PromptContext } from '../../src/cli/prompts.js';
import type { GivenOptions } from '../../src/options/given-options.js';

const down = '\x1b[B';
const enter = '\r';

interface Asked {
  message: string;
  /** The prompt's first frame, without escape codes: its choices or its initial text. */
  frame: string;
}

/**
 * A terminal for clack: every new prompt is recorded and answered with the next keys scripted for its message
 * (Enter, i.e. the preselected answer, when none are left).
 */
function terminal(script: Record<string, string[]> = {}) {
  const input = new PassThrough();
  const asked: Asked[] = [];
  let shown = '';
  // clack hides the cursor, then draws a prompt for the first time.
  let drawing = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = stripVTControlCharacters(chunk.toString());
      shown += text;
      const message = /◆ {2}(.+)/.exec(text)?.[1];
      if (drawing && message) {
        asked.push({ message, frame: text });
        const keys = script[message]?.shift() ?? enter;
        setImmediate(() => input.write(keys));
      }
      drawing = chunk.toString() === '\x1b[?25l' || (drawing && !message);
      done();
    },
  });
  return {
    streams: { input, output },
    asked,
    messages: () => asked.map((question) => question.message),
    /** Everything drawn, without escape codes. */
    shown: () => shown,
  };
}

function ask(given: GivenOptions, script?: Record<string, string[]>, context: PromptContext = {}) {
  const term = terminal(script);
  return promptMissing(given, term.streams, context).then((answers) => ({ answers, ...term }));
}

function choices(frame: string): string[] {
  return [...frame.matchAll(/[●○] (.+)/g)].map((match) => match[1]!.trim());
}

describe('interactive prompts', () => {
  it('monolith: every option, in the order of the help; the package manager when it was not detected', async () => {
    const { answers, messages } = await ask({});
    expect(messages()).toEqual([
      'Layout',
      'HTTP adapter',
      'JWT auth?',
      'Rate limiting?',
      'JWT signing algorithm',
      'Package manager',
      'Install dependencies?',
      'Create a git repository?',
    ]);
    expect(answers).toEqual({
      layout: 'monolith',
      http: 'fastify',
      auth: true,
      rateLimit: true,
      jwtAlg: 'HS256',
      packageManager: 'npm',
      install: true,
      git: true,
    });
  });

  it('modular: asks for modules, refuses a bad name at the prompt with the flag\'s wording, accepts none', async () => {
    const { answers, messages, asked, shown } = await ask(
      {},
      { Layout: [down + enter], 'Modules (comma-separated, empty for none)': ['Orders' + enter + '\x7f'.repeat(6) + 'orders, invoices' + enter] },
      { detectedPackageManager: 'pnpm' },
    );
    expect(messages()).toEqual([
      'Layout',
      'HTTP adapter',
      'Modules (comma-separated, empty for none)',
      'JWT auth?',
      'Rate limiting?',
      'JWT signing algorithm',
      'Install dependencies?',
      'Create a git repository?',
    ]);
    expect(shown()).toContain('module name "Orders" must be kebab-case and start with a letter; try "orders"');
    expect(answers).toMatchObject({ layout: 'modular', modules: ['orders', 'invoices'] });
    expect(answers.packageManager).toBeUndefined();
    expect(choices(asked[0]!.frame)).toEqual(['monolith', 'modular', 'microservices']);

    const none = await ask({ layout: 'modular' }, {}, { detectedPackageManager: 'npm' });
    expect(none.answers.modules).toEqual([]);
  });

  it('microservices: services and transport, no auth question (required), EdDSA or RS256 only', async () => {
    const { answers, messages, asked } = await ask(
      {},
      { Layout: [down + down + enter], 'Services (comma-separated)': [enter], Transport: [down + enter] },
      { detectedPackageManager: 'npm' },
    );
    expect(messages()).toEqual([
      'Layout',
      'HTTP adapter',
      'Services (comma-separated)',
      'Transport',
      'Rate limiting?',
      'JWT signing algorithm',
      'Install dependencies?',
      'Create a git repository?',
    ]);
    expect(choices(asked.find((question) => question.message === 'JWT signing algorithm')!.frame)).toEqual(['EdDSA', 'RS256']);
    expect(answers).toMatchObject({ layout: 'microservices', services: ['users'], transport: 'nats', auth: true, jwtAlg: 'EdDSA' });
  });

  it('auth off: no JWT algorithm question', async () => {
    const { answers, messages } = await ask({ layout: 'monolith' }, { 'JWT auth?': [down + enter] }, { detectedPackageManager: 'npm' });
    expect(answers.auth).toBe(false);
    expect(answers.jwtAlg).toBeUndefined();
    expect(messages()).not.toContain('JWT signing algorithm');
  });

  it('does not offer a layout the given options rule out', async () => {
    const withModules = await ask({ modules: ['orders'] }, { Layout: [down + enter] }, { detectedPackageManager: 'npm' });
    expect(choices(withModules.asked[0]!.frame)).toEqual([
      'monolith (--modules needs modular)',
      'modular',
      'microservices (--modules needs modular)',
    ]);
    expect(withModules.answers.layout).toBe('modular');
    expect(withModules.messages()).not.toContain('Modules (comma-separated, empty for none)');

    const withoutAuth = await ask({ auth: false }, {}, { detectedPackageManager: 'npm' });
    expect(choices(withoutAuth.asked[0]!.frame)).toContain('microservices (needs auth)');
    const withHs256 = await ask({ jwtAlg: 'HS256' }, {}, { detectedPackageManager: 'npm' });
    expect(choices(withHs256.asked[0]!.frame)).toContain('microservices (does not take HS256)');
    const withServices = await ask({ services: ['billing'] }, {}, { detectedPackageManager: 'npm' });
    expect(choices(withServices.asked[0]!.frame)).toEqual([
      'monolith (--services needs microservices)',
      'modular (--services needs microservices)',
      'microservices',
    ]);
    // The first choice the user can take is preselected.
    expect(withServices.answers.layout).toBe('microservices');
  });

  it('never asks for given or preset-locked values; preselects a preset\'s defaults', async () => {
    const given: GivenOptions = { layout: 'microservices', services: ['billing'], transport: 'redis', rateLimit: false, jwtAlg: 'RS256', packageManager: 'yarn', install: false };
    const { answers, messages } = await ask(given, {}, { defaults: { http: 'express', git: false } });
    expect(messages()).toEqual(['HTTP adapter', 'Create a git repository?']);
    expect(answers).toEqual({ ...given, http: 'express', auth: true, git: false });

    const preset = await ask({ layout: 'microservices' }, {}, { defaults: { services: ['billing', 'audit'], jwtAlg: 'HS256' }, detectedPackageManager: 'npm' });
    expect(preset.answers).toMatchObject({ services: ['billing', 'audit'], jwtAlg: 'EdDSA' });
  });
});

describe('directory prompt', () => {
  it('refuses a non-empty directory there, with the final check\'s message, and asks again', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'prompts-'));
    const occupied = join(cwd, 'occupied');
    await mkdir(occupied);
    await writeFile(join(occupied, 'README.md'), '');
    const name = relative(process.cwd(), occupied);
    const fresh = relative(process.cwd(), join(cwd, 'fresh'));
    const term = terminal({ 'Project directory': [name + enter, '\x7f'.repeat(name.length) + fresh + enter] });
    expect(await promptDirectory(term.streams)).toBe(fresh);
    expect(term.messages()).toEqual(['Project directory', 'Project directory']);
    expect(term.shown()).toContain('is not empty (contains README.md); use --force to write into it');

    const forced = terminal({ 'Project directory': [name + enter] });
    expect(await promptDirectory(forced.streams, true)).toBe(name);
    expect(forced.messages()).toEqual(['Project directory']);
  });
});
