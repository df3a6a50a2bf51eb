import { describe, expect, it } from 'vitest';
import { addToNestModule, wireModule } from '../../generators/shared/wire-module.js';

const appModule = `import { Module } from '@nestjs/common';
import { AuthModule } from './api/auth/auth.module.js';
import { HealthModule } from './api/health/health.module.js';
import { ConfigModule } from './infrastructure/config/config.module.js';

// Hand-written note that must survive.
@Module({
  imports: [
    ConfigModule,
    HealthModule, // keep this comment
    AuthModule,
  ],
  providers: [],
})
export class AppModule {}
`;

const wire = (source: string) => wireModule(source, 'src/app.module.ts', 'OrdersModule', './api/orders/orders.module.js');

describe('wireModule', () => {
  it('adds the import in alphabetical place and the module at the end of imports, touching nothing else', () => {
    const { source, changed } = wire(appModule);

    expect(changed).toBe(true);
    expect(source).toBe(
      appModule
        .replace(
          "import { HealthModule } from './api/health/health.module.js';\n",
          "import { HealthModule } from './api/health/health.module.js';\nimport { OrdersModule } from './api/orders/orders.module.js';\n",
        )
        .replace('    AuthModule,\n', '    AuthModule,\n    OrdersModule,\n'),
    );
  });

  it('keeps a one-line list on its line while it fits 120 columns, and gives it one element a line once it does not', () => {
    const oneLine = (names: string[]) => `@Module({\n  imports: [${names.join(', ')}],\n})\nexport class AppModule {}\n`;
    const short = ['ConfigModule', 'HealthModule'];
    expect(wire(oneLine(short)).source).toContain(oneLine([...short, 'OrdersModule']));

    const long = ['ConfigModule', 'LoggingModule', 'LifecycleModule', 'DatabaseModule', 'RateLimitModule', 'HealthModule', 'UsersModule'];
    expect(wire(oneLine(long)).source).toContain(
      `  imports: [\n${[...long, 'OrdersModule'].map((name) => `    ${name},`).join('\n')}\n  ],\n`,
    );
  });

  it('changes nothing the second time', () => {
    const once = wire(appModule).source;
    expect(wire(once)).toEqual({ source: once, changed: false });
  });

  it('keeps the style of an array without a trailing comma', () => {
    const source = appModule.replace('    AuthModule,\n  ],', '    AuthModule\n  ],');
    expect(wire(source).source).toContain('    AuthModule,\n    OrdersModule\n  ],');
  });

  it('extends a one-line array in place', () => {
    const source = appModule.replace(/imports: \[[^\]]*\]/, 'imports: [ConfigModule, AuthModule]');
    expect(wire(source).source).toContain('imports: [ConfigModule, AuthModule, OrdersModule]');
  });

  it('fills an empty array and adds a missing imports property', () => {
    expect(wire(appModule.replace(/imports: \[[^\]]*\]/, 'imports: []')).source).toContain('imports: [OrdersModule]');
    const withoutImports = appModule.replace(/ {2}imports: \[[^\]]*\],\n/, '');
    expect(wire(withoutImports).source).toContain('@Module({\n  providers: [],\n  imports: [OrdersModule],\n})');
  });

  it('adds only the missing half when the module was imported by hand', () => {
    const source = appModule.replace("import { Module } from '@nestjs/common';\n", "import { Module } from '@nestjs/common';\nimport { OrdersModule } from './api/orders/orders.module.js';\n");
    const { source: wired } = wire(source);
    expect(wired.match(/import \{ OrdersModule \}/g)).toHaveLength(1);
    expect(wired).toContain('    OrdersModule,\n  ],');
  });

  it('refuses a file without an @Module class in one line', () => {
    expect(() => wire('export class AppModule {}\n')).toThrow(/^src\/app\.module\.ts has no @Module\(\{ \.\.\. \}\) class to add OrdersModule to$/);
  });
});

describe('addToNestModule', () => {
  const emptyModule = "import { Module } from '@nestjs/common';\n\n@Module({})\nexport class OrdersModule {}\n";
  const entries = [
    { property: 'controllers' as const, element: 'OrdersController', identity: 'OrdersController' },
    { property: 'providers' as const, element: '{ provide: OrderRepository, useClass: PrismaOrderRepository }', identity: 'provide: OrderRepository' },
    { property: 'providers' as const, element: 'CreateOrderUseCase', identity: 'CreateOrderUseCase' },
  ];
  const imports = [
    { name: 'OrdersController', specifier: './api/orders.controller.js' },
    { name: 'CreateOrderUseCase', specifier: './application/create-order.use-case.js' },
  ];

  it('fills an empty @Module({}) the way it would be written by hand', () => {
    expect(addToNestModule(emptyModule, 'orders.module.ts', entries, imports).source).toBe(`import { Module } from '@nestjs/common';
import { OrdersController } from './api/orders.controller.js';
import { CreateOrderUseCase } from './application/create-order.use-case.js';

@Module({
  controllers: [OrdersController],
  providers: [
    { provide: OrderRepository, useClass: PrismaOrderRepository },
    CreateOrderUseCase,
  ],
})
export class OrdersModule {}
`);
  });

  it('is idempotent and keeps providers added by hand', () => {
    const once = addToNestModule(emptyModule, 'orders.module.ts', entries, imports).source;
    const edited = once.replace('    CreateOrderUseCase,\n', '    CreateOrderUseCase,\n    OrderAuditLog,\n');
    expect(addToNestModule(edited, 'orders.module.ts', entries, imports)).toEqual({ source: edited, changed: false });
  });
});
