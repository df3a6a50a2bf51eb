import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderTree } from '../../generators/actions/render-tree.js';
import { renderTemplate } from '../../generators/shared/handlebars.js';
import { listFiles } from '../../src/render/list-files.js';

let root: string;
let templates: string;
let out: string;

async function template(path: string, content: string | Buffer) {
  await mkdir(join(templates, path, '..'), { recursive: true });
  await writeFile(join(templates, path), content);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'render-tree-test-'));
  templates = join(root, 'templates');
  out = join(root, 'out');
  await mkdir(templates);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('renderTree', () => {
  it('renders .hbs files, copies the rest, keeps dotfiles and turns _x into .x', async () => {
    await template('package.json.hbs', '{ "name": "{{name}}" }\n');
    await template('_gitignore', 'node_modules/\n');
    await template('.env.example', 'PORT=3000\n');
    await template('src/{{kebabCase module}}/{{kebabCase module}}.service.ts.hbs', 'export class {{pascalCase module}}Service {}\n');
    await template('assets/logo.bin', Buffer.from([0, 255, 1, 128]));

    const count = await renderTree(templates, out, { name: 'my-api', module: 'orderItems' });

    expect(count).toBe(5);
    expect((await listFiles(out)).map((file) => file.path)).toEqual([
      '.env.example',
      '.gitignore',
      'assets/logo.bin',
      'package.json',
      'src/order-items/order-items.service.ts',
    ]);
    expect(await readFile(join(out, 'package.json'), 'utf8')).toBe('{ "name": "my-api" }\n');
    expect(await readFile(join(out, 'src/order-items/order-items.service.ts'), 'utf8')).toBe(
      'export class OrderItemsService {}\n',
    );
    expect(await readFile(join(out, 'assets/logo.bin'))).toEqual(Buffer.from([0, 255, 1, 128]));
  });

  it('refuses a path that renders outside the destination', async () => {
    await template('{{name}}.ts.hbs', 'x');
    await expect(renderTree(templates, out, { name: '../escaped' })).rejects.toThrow(/outside/);
    await expect(readFile(join(root, 'escaped.ts'))).rejects.toThrow();
  });

  it('names the template that fails to render, in one line', async () => {
    await template('broken.ts.hbs', '{{#if}}\n');
    const error = await renderTree(templates, out, {}).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^cannot render .*broken\.ts\.hbs: /);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('the shared handlebars instance', () => {
  it('never escapes HTML', () => {
    expect(renderTemplate('{{value}}', { value: `<a href="x">'&'</a>` })).toBe(`<a href="x">'&'</a>`);
  });

  it('has case, json and eq helpers', () => {
    const data = { name: 'order items', list: ['a'], layout: 'monolith' };
    expect(renderTemplate('{{kebabCase name}} {{pascalCase name}} {{camelCase name}} {{snakeCase name}} {{constantCase name}}', data)).toBe(
      'order-items OrderItems orderItems order_items ORDER_ITEMS',
    );
    expect(renderTemplate('{{json list}}', data)).toBe('[\n  "a"\n]');
    expect(renderTemplate('{{#if (eq layout "monolith")}}yes{{else}}no{{/if}}', data)).toBe('yes');
  });
});
