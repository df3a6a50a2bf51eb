import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newProject, runGen, snapshotTree } from './helpers.js';

const microservices = () => newProject('shop', ['--layout', 'microservices', '--services', 'users,orders']);

const read = (project: string, path: string) => readFile(join(project, path), 'utf8');

describe('npm run gen -- service', () => {
  it('adds the service and wires it in, keeps hand edits, and refuses a second run without changing anything', async () => {
    const project = await microservices();
    const compose = await read(project, 'docker-compose.yml');
    await writeFile(join(project, 'docker-compose.yml'), compose.replace('\nvolumes:', '\n  mailpit:\n    image: axllent/mailpit\n\nvolumes:'));
    const appModule = await read(project, 'apps/gateway/src/app.module.ts');
    await writeFile(join(project, 'apps/gateway/src/app.module.ts'), appModule.replace('    OrdersModule,\n', '    OrdersModule, // ours\n'));

    const first = await runGen(['service', 'payments', '--no-install'], project);

    expect(first.exitCode, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^service payments: \d+ files created, 10 modified$/m);
    expect(first.stdout).toContain('Then: npm install && npm run db:generate -w apps/payments');
    expect((JSON.parse(await read(project, 'backend-arch.json')) as { services: string[] }).services).toEqual(['users', 'orders', 'payments']);
    expect((JSON.parse(await read(project, 'package.json')) as { workspaces: string[] }).workspaces).toContain('apps/payments');
    expect(await read(project, 'apps/payments/.env.example')).toMatch(/^PORT=3003$[^]*^RPC_PORT=4003$/m);
    expect(await read(project, 'apps/gateway/src/app.module.ts')).toMatch(/ {4}OrdersModule, \/\/ ours\n {4}PaymentsModule,\n/);
    const composed = await read(project, 'docker-compose.yml');
    expect(composed).toContain('  mailpit:\n    image: axllent/mailpit\n');
    expect(composed).toMatch(/ {2}payments:\n[^]*DATABASE_URL: postgresql:\/\/postgres:postgres@postgres:5432\/payments/);
    expect(await read(project, 'docker/postgres-init.sql')).toBe('CREATE DATABASE identity;\nCREATE DATABASE orders;\nCREATE DATABASE payments;\n');

    const before = await snapshotTree(project);
    const second = await runGen(['service', 'payments', '--no-install'], project);
    expect(second.exitCode).toBe(2);
    expect(second.stderr.trim()).toBe('error: service "payments" already exists; nothing was changed');
    expect(await snapshotTree(project)).toEqual(before);
  });

  it('--dry-run lists the new files and diffs the modified ones, and writes nothing', async () => {
    const project = await microservices();
    const before = await snapshotTree(project);

    const result = await runGen(['service', 'payments', '--dry-run'], project);

    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^new files \(\d+\):$/m);
    expect(result.stdout).toMatch(/^ {2}\+ apps\/payments\/src\/main\.ts \(\d+ B\)$/m);
    expect(result.stdout).toMatch(/^modified files \(10\):$/m);
    expect(result.stdout).toContain('+CREATE DATABASE payments;');
    expect(await snapshotTree(project)).toEqual(before);
  });

  it.each([
    [['service', 'Payments'], 'error: service name "Payments" must be kebab-case and start with a letter; try "payments"'],
    [['service', 'gateway'], 'error: service name "gateway" is taken by the gateway app'],
    [['service', 'identity'], 'error: service name "identity" is taken by the identity service'],
    [['service', 'users'], 'error: service name "users" is taken by the identity service (it serves /api/v1/users)'],
    [['service', 'orders'], 'error: service "orders" already exists; nothing was changed'],
    [['service'], 'error: service needs a name, e.g. npm run gen -- service payments'],
    [['module', 'invoices', '--fields', 'total:decimal'], 'error: a microservices project has no modules; add a service with: npm run gen -- service <name>'],
  ])('refuses %j with one line, exit 2, nothing written', async (args, message) => {
    const project = await microservices();
    const before = await snapshotTree(project);

    const result = await runGen(args, project);

    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toBe(message);
    expect(await snapshotTree(project)).toEqual(before);
  });

  it('says a monolith needs the microservices layout', async () => {
    const project = await newProject('shop');

    const result = await runGen(['service', 'payments'], project);

    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim()).toBe(
      'error: gen service needs the microservices layout (this project is monolith); add a module with: npm run gen -- module <name>',
    );
  });
});
