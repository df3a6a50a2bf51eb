import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newProject, runGen, snapshotTree, tempDir } from './helpers.js';

const FIELDS = 'title:string,price:decimal,paid:boolean?,status:enum(draft|paid|shipped),customerEmail:string:unique';

describe('npm run gen -- module', () => {
  it('writes the slice, wires it, and refuses a second run without changing anything', async () => {
    const project = await newProject('api');

    const first = await runGen(['module', 'orders', '--fields', FIELDS, '--no-generate'], project);
    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/module orders: 19 files created, 2 modified/);
    expect(await readFile(join(project, 'src/app.module.ts'), 'utf8')).toMatch(/imports: \[[^\]]*OrdersModule,\n {2}\]/);
    expect((JSON.parse(await readFile(join(project, 'backend-arch.json'), 'utf8')) as { modules: string[] }).modules).toEqual(['orders']);

    const before = await snapshotTree(project);
    const second = await runGen(['module', 'orders', '--fields', FIELDS, '--no-generate'], project);
    expect(second.exitCode).toBe(2);
    expect(second.stderr.trim()).toBe('error: module "orders" already exists; nothing was changed (use --force to regenerate its files)');
    expect(await snapshotTree(project)).toEqual(before);
  });

  it('--force regenerates the files but wires nothing twice and keeps the migration', async () => {
    const project = await newProject('api');
    await runGen(['module', 'orders', '--fields', FIELDS, '--no-generate'], project);
    const migrations = await readdir(join(project, 'prisma/migrations'));

    const forced = await runGen(['module', 'orders', '--fields', FIELDS, '--force', '--no-generate'], project);

    expect(forced.exitCode, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/module orders: 0 files created, 0 modified/);
    expect(await readdir(join(project, 'prisma/migrations'))).toEqual(migrations);
    expect((await readFile(join(project, 'src/app.module.ts'), 'utf8')).match(/OrdersModule/g)).toHaveLength(2);
  });

  it('--dry-run prints the new files and a unified diff, and writes nothing', async () => {
    const project = await newProject('api');
    const before = await snapshotTree(project);

    const result = await runGen(['module', 'order-items', '--owned', '--fields', FIELDS, '--dry-run'], project);

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('new files (19):');
    expect(result.stdout).toMatch(/\+ src\/api\/order-items\/order-items\.controller\.ts \(\d+ B\)/);
    expect(result.stdout).toMatch(/\+ prisma\/migrations\/\d{14}_create_order_items\/migration\.sql/);
    expect(result.stdout).toContain("+import { OrderItemsModule } from './api/order-items/order-items.module.js';");
    expect(result.stdout).toContain('--- a/prisma/schema/users.prisma');
    expect(result.stdout).toMatch(/^\+ {2}orderItems +OrderItem\[\]$/m);
    expect(await snapshotTree(project)).toEqual(before);
  });

  it.each([
    [['module', 'class', '--fields', 'title:string'], /module name "class" is a reserved word/],
    [['module', 'prototype', '--fields', 'title:string'], /reserved word/],
    [['module', 'Orders', '--fields', 'title:string'], /must be kebab-case/],
    [['module', 'users', '--fields', 'title:string'], /clashes with the project's own users routes/],
    [['module', 'auth', '--fields', 'title:string'], /clashes/],
    [['module', 'health', '--fields', 'title:string'], /clashes/],
    [['module', 'orders', '--fields', 'title:money'], /field "title": unknown type "money"/],
    [['module', 'orders', '--fields', 'title:string,title:text'], /duplicate field "title"/],
    [['module', 'orders', '--fields', ''], /a module needs at least one field/],
    [['module', 'orders'], /module needs a name and --fields/],
    [['module', 'orders', '--fields', 'title:string', '--colour'], /unknown option --colour/],
  ])('refuses %j with one line, exit 2, nothing written', async (args, message) => {
    const project = await newProject('api');
    const before = await snapshotTree(project);

    const result = await runGen([...args, '--no-generate'], project);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await snapshotTree(project)).toEqual(before);
  });

  it('refuses --owned in a project without auth', async () => {
    const project = await newProject('api', ['--no-auth']);

    const result = await runGen(['module', 'orders', '--owned', '--fields', 'title:string', '--no-generate'], project);

    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toBe('error: --owned needs JWT auth, and this project was created with --no-auth');
  });

  it('says where to run it outside a project', async () => {
    const dir = await tempDir('gen-outside-');
    const result = await runGen(['module', 'orders', '--fields', 'title:string'], dir);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/no backend-arch\.json here or above .*: run this inside a project created by create-backend-arch/);
  });
});
