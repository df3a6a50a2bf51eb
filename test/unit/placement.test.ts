import { describe, expect, it } from 'vitest';
import { mergeImports } from '../../generators/project/place-files.js';
import { modularPlacement, placeSpecifier, placementFor } from '../../generators/shared/placement.js';

const place = modularPlacement(['auth', 'users', 'orders']);

describe('modular placement', () => {
  it('moves a module area into src/modules/<module>/<layer>, its Nest module to the module root', () => {
    expect(place('src/application/auth/log-in.use-case.ts')).toBe('src/modules/auth/application/log-in.use-case.ts');
    expect(place('src/api/users/users.controller.ts')).toBe('src/modules/users/api/users.controller.ts');
    expect(place('src/api/users/users.module.ts')).toBe('src/modules/users/users.module.ts');
  });

  it('moves every other layered file under src/shared/<layer>', () => {
    expect(place('src/api/http/error-envelope.ts')).toBe('src/shared/api/http/error-envelope.ts');
    expect(place('src/infrastructure/database/prisma.service.ts')).toBe('src/shared/infrastructure/database/prisma.service.ts');
  });

  it('leaves shared helpers, root files, generated code and tests where they are', () => {
    for (const path of ['src/shared/roles.ts', 'src/main.ts', 'src/generated/prisma/client.js', 'test/support/test-app.ts']) {
      expect(place(path)).toBe(path);
    }
  });

  it('is the identity for the monolith', () => {
    expect(placementFor('monolith', [])('src/api/auth/auth.module.ts')).toBe('src/api/auth/auth.module.ts');
  });
});

describe('placeSpecifier', () => {
  const placed = (from: string, specifier: string) => placeSpecifier(place, from, place(from), specifier);

  it('follows the target to its new place', () => {
    expect(placed('src/api/auth/auth.controller.ts', '../http/auth.decorators.js')).toBe(
      '../../../shared/api/http/auth.decorators.js',
    );
    expect(placed('src/api/auth/auth.module.ts', '../../application/auth/log-in.use-case.js')).toBe(
      './application/log-in.use-case.js',
    );
  });

  it("points application code that reaches into another module at that module's index", () => {
    expect(placed('src/application/auth/log-in.use-case.ts', '../users/user-accounts.js')).toBe('../../users/index.js');
    expect(placed('src/app.module.ts', './api/auth/authentication.guard.js')).toBe('./modules/auth/index.js');
  });

  it('lets tests import a module file directly', () => {
    expect(placed('test/e2e/access-token.e2e-spec.ts', '../../src/infrastructure/auth/jwt-keys.js')).toBe(
      '../../src/modules/auth/infrastructure/jwt-keys.js',
    );
  });
});

describe('mergeImports', () => {
  it('joins imports of one module, keeping type-only names marked', () => {
    const source = [
      "import { UserAccounts } from '../../users/index.js';",
      "import { Injectable } from '@nestjs/common';",
      "import type { User } from '../../users/index.js';",
      '',
    ].join('\n');
    expect(mergeImports(source)).toBe(
      ["import { type User, UserAccounts } from '../../users/index.js';", "import { Injectable } from '@nestjs/common';", ''].join(
        '\n',
      ),
    );
  });

  it('leaves files without duplicates alone', () => {
    const source = "import { a } from './a.js';\nimport type { b } from './b.js';\n";
    expect(mergeImports(source)).toBe(source);
  });
});
