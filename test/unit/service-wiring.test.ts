import { describe, expect, it } from 'vitest';
import { insertRenderedLines } from '../../generators/service/insert-lines.js';
import { addAppToRootPackage, addServiceToManifest, addToConcurrently } from '../../generators/service/json-edits.js';
import { checkServiceName } from '../../generators/service/service-name.js';
import { addExportAll, addNamedImport, addRenderedImports, addRenderedProperties } from '../../generators/service/ts-edits.js';

describe('insertRenderedLines', () => {
  const without = 'CREATE DATABASE identity;\nCREATE DATABASE orders;\n';
  const withService = 'CREATE DATABASE identity;\nCREATE DATABASE orders;\nCREATE DATABASE payments;\n';
  const insert = (current: string) => insertRenderedLines(current, without, withService, 'docker/postgres-init.sql', 'payments');

  it('adds the rendered lines after the lines they follow, keeping hand-written ones around them', () => {
    const current = '-- ours\nCREATE DATABASE identity;\nCREATE DATABASE orders;\nCREATE DATABASE reports;\n';
    expect(insert(current)).toBe('-- ours\nCREATE DATABASE identity;\nCREATE DATABASE orders;\nCREATE DATABASE payments;\nCREATE DATABASE reports;\n');
  });

  it('uses as many preceding lines as it takes to find one place', () => {
    const compose = (blocks: string[]) => `services:\n${blocks.map((name) => `  ${name}:\n    restart: always\n`).join('')}volumes: {}\n`;
    const current = compose(['identity', 'orders']).replace('volumes', '  cache:\n    image: redis\nvolumes');
    const result = insertRenderedLines(current, compose(['identity', 'orders']), compose(['identity', 'orders', 'payments']), 'docker-compose.yml', 'payments');
    expect(result).toBe(compose(['identity', 'orders', 'payments']).replace('volumes', '  cache:\n    image: redis\nvolumes'));
  });

  it('refuses when the lines to follow were edited away', () => {
    expect(() => insert('CREATE DATABASE identity;\nCREATE DATABASE sales;\n')).toThrow(
      'cannot tell where the payments service goes in docker/postgres-init.sql (the lines it follows were edited); nothing was changed',
    );
  });

  it('adds nothing that is there already', () => {
    expect(insert(withService)).toBe(withService);
  });
});

describe('root package.json and manifest', () => {
  it('adds the app to a concurrently script after the last app, with its name', () => {
    const script = 'concurrently --names gateway,orders "npm run dev -w apps/gateway" "npm run dev -w apps/orders" --raw';
    expect(addToConcurrently(script, 'payments')).toBe(
      'concurrently --names gateway,orders,payments "npm run dev -w apps/gateway" "npm run dev -w apps/orders" "npm run dev -w apps/payments" --raw',
    );
  });

  it('adds the workspace and leaves other scripts and the formatting alone', () => {
    const current = `${JSON.stringify(
      {
        name: 'shop',
        workspaces: ['packages/contracts', 'apps/gateway'],
        scripts: { start: 'concurrently --names gateway "npm start -w apps/gateway"', lint: 'eslint .' },
      },
      null,
      4,
    )}\n`;
    const result = JSON.parse(addAppToRootPackage(current, 'payments')) as { workspaces: string[]; scripts: Record<string, string> };
    expect(result.workspaces).toEqual(['packages/contracts', 'apps/gateway', 'apps/payments']);
    expect(result.scripts).toEqual({ start: 'concurrently --names gateway,payments "npm start -w apps/gateway" "npm start -w apps/payments"', lint: 'eslint .' });
    expect(addAppToRootPackage(current, 'payments')).toMatch(/^\{\n {4}"name"[^]*\}\n$/);
  });

  it('lists the service in backend-arch.json', () => {
    expect(addServiceToManifest('{\n  "services": ["users"]\n}\n', 'payments')).toBe('{\n  "services": [\n    "users",\n    "payments"\n  ]\n}\n');
  });
});

describe('TypeScript edits', () => {
  const environment = (services: string[]) =>
    `export const upstreamEnvironment = {\n  TIMEOUT: 1,\n${services.map((name) => `  ${name}_PORT: port(${name.length}),\n`).join('')}};\n`;

  it('adds the properties the service renders, after the last one, keeping hand-added ones, comments and comma style', () => {
    const current = environment(['ORDERS']).replace('};', '  // ours\n  EXTRA: 2\n};');
    const result = addRenderedProperties(current, environment(['ORDERS']), environment(['ORDERS', 'PAYMENTS']), 'env.ts', { constant: 'upstreamEnvironment' });
    expect(result).toBe(current.replace('  EXTRA: 2\n', '  EXTRA: 2,\n  PAYMENTS_PORT: port(8)\n'));
  });

  it('keeps a line comment with the property it follows', () => {
    const current = environment(['ORDERS']).replace('port(6),', 'port(6), // ours');
    const result = addRenderedProperties(current, environment(['ORDERS']), environment(['ORDERS', 'PAYMENTS']), 'env.ts', { constant: 'upstreamEnvironment' });
    expect(result).toBe(current.replace('// ours\n', '// ours\n  PAYMENTS_PORT: port(8),\n'));
  });

  it('adds computed keys to the object a function returns', () => {
    const endpoints = (names: string[]) =>
      `export function upstreamEndpoints(config: Config) {\n  return {\n${names.map((name) => `    [${name}]: config.get('${name}'),\n`).join('')}  };\n}\n`;
    const result = addRenderedProperties(endpoints(['ORDERS']), endpoints(['ORDERS']), endpoints(['ORDERS', 'PAYMENTS']), 'endpoints.ts', { returnedBy: 'upstreamEndpoints' });
    expect(result).toBe(endpoints(['ORDERS', 'PAYMENTS']));
  });

  it('refuses a file without the object to add to', () => {
    expect(() => addRenderedProperties('export const other = {};\n', environment([]), environment(['PAYMENTS']), 'env.ts', { constant: 'upstreamEnvironment' })).toThrow(
      'env.ts has no upstreamEnvironment object to add the service to; nothing was changed',
    );
  });

  it('adds an imported name after the values, before the types, on one line or one a line', () => {
    expect(addNamedImport("import { A_SERVICE, type Endpoint } from 'shop-contracts';\n", 'f.ts', 'shop-contracts', 'B_SERVICE')).toBe(
      "import { A_SERVICE, B_SERVICE, type Endpoint } from 'shop-contracts';\n",
    );
    expect(addNamedImport("import {\n  A_SERVICE,\n  type Endpoint,\n} from 'shop-contracts';\n", 'f.ts', 'shop-contracts', 'B_SERVICE')).toBe(
      "import {\n  A_SERVICE,\n  B_SERVICE,\n  type Endpoint,\n} from 'shop-contracts';\n",
    );
  });

  it('imports only what the rendering with the service adds', () => {
    const imports = (names: string[]) => `import { ${names.join(', ')} } from 'shop-contracts';\n`;
    expect(addRenderedImports(imports(['A', 'X']), imports(['A']), imports(['A', 'B']), 'f.ts', 'shop-contracts')).toBe(imports(['A', 'X', 'B']));
  });

  it('re-exports the contract in alphabetical place, once', () => {
    const index = "export * from './identity.contract.js';\nexport * from './transport.js';\n";
    const once = addExportAll(index, 'index.ts', './payments.contract.js');
    expect(once).toBe("export * from './identity.contract.js';\nexport * from './payments.contract.js';\nexport * from './transport.js';\n");
    expect(addExportAll(once, 'index.ts', './payments.contract.js')).toBe(once);
  });
});

describe('checkServiceName', () => {
  it.each([
    ['Payments', 'service name "Payments" must be kebab-case and start with a letter; try "payments"'],
    ['gateway', 'service name "gateway" is taken by the gateway app'],
    ['identity', 'service name "identity" is taken by the identity service'],
    ['users', 'service name "users" is taken by the identity service (it serves /api/v1/users)'],
    ['orders', 'service "orders" already exists; nothing was changed'],
    ['payment', 'service name "payment" must be a plural noun, like the routes it serves (e.g. "payments")'],
    ['news', 'service name "news" has no distinct singular and plural; pick a countable noun'],
  ])('refuses %s', (name, message) => {
    expect(() => checkServiceName(name, ['users', 'orders'])).toThrow(message);
  });

  it('accepts a new plural noun', () => {
    expect(() => checkServiceName('order-items', ['users', 'orders'])).not.toThrow();
  });
});
