import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { handlebars, renderTemplate } from '../../generators/shared/handlebars.js';
import { precompiledTemplatesModule } from '../../generators/shared/precompile-templates.js';
import { templateKey } from '../../generators/shared/template-key.js';
import { templatesDir } from '../../src/package-root.js';

describe('precompiled templates (what the bundle renders with)', () => {
  it('holds every built-in .hbs template under its content key', async () => {
    const module = await precompiledTemplatesModule(templatesDir());
    const paths = (await readdir(templatesDir(), { recursive: true })).filter((path) => path.endsWith('.hbs'));
    for (const path of paths) {
      const key = templateKey(await readFile(join(templatesDir(), path), 'utf8'));
      expect(module, path).toContain(JSON.stringify(key));
    }
  });

  it('renders like a template compiled at run time', async () => {
    const source = '{{#if (eq layout "monolith")}}{{kebabCase name}}{{else}}{{json list}}{{/if}} <a href="{{name}}">&</a>\n';
    const spec = handlebars.precompile(source, { noEscape: true }) as unknown as string;
    const precompiled = handlebars.template(runInThisContext(`(${spec})`) as Parameters<typeof handlebars.template>[0]);
    for (const data of [{ layout: 'monolith', name: 'Order Items' }, { layout: 'modular', name: 'x', list: [1, 'a'] }]) {
      expect(precompiled(data)).toBe(renderTemplate(source, data));
    }
  });
});
