import { execa } from 'execa';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addModules } from './support/add-modules.js';
import { describeGeneratedProject, type GeneratedProject } from './support/generated-project.js';
import { hardeningTests } from './support/hardening/hardening-suite.js';
import { httpPlatformsUnderTest } from './support/http-platforms.js';
import { examplePreset, presetTests } from './support/preset-checks.js';

interface Violation {
  kind: string;
  rule: string;
  file: string;
  source: string;
  /** What the lint output names besides the rule: the offending import or model. */
  names: RegExp[];
}

// Each breaks one boundary of a generated modular project and nothing else (the files typecheck and pass ESLint's other rules).
const violations: Violation[] = [
  {
    kind: 'a deep import into another module',
    rule: 'module-public-api-only',
    file: 'src/modules/orders/application/order-customer.ts',
    source: `import type { User } from '../../users/domain/user.entity.js';

export type OrderCustomer = Pick<User, 'id' | 'email'>;
`,
    names: [/order-customer\.ts → src\/modules\/users\/domain\/user\.entity\.ts/],
  },
  {
    kind: 'a folder outside the modules, as `nest g resource` writes it, reaching Prisma',
    rule: 'modules-and-layers-only',
    file: 'src/things/things.service.ts',
    source: `import { Injectable } from '@nestjs/common';
import { PrismaService } from '../shared/infrastructure/database/prisma.service.js';

@Injectable()
export class ThingsService {
  constructor(private readonly prisma: PrismaService) {}

  count(): Promise<number> {
    return this.prisma.user.count();
  }
}
`,
    names: [/things\.service\.ts → src\/shared\/infrastructure\/database\/prisma\.service\.ts/, /npm run gen -- module/],
  },
  {
    kind: "a module querying another module's Prisma model",
    rule: 'modules/own-prisma-models',
    file: 'src/modules/orders/infrastructure/order-stats.ts',
    source: `import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../../shared/infrastructure/database/prisma.service.js';

@Injectable()
export class OrderStats {
  constructor(private readonly prisma: PrismaService) {}

  customers(): Promise<number> {
    return this.prisma.user.count();
  }
}
`,
    names: [/Module 'orders' queries User, a model of 'users'/],
  },
  {
    kind: 'a domain file importing Nest, Prisma and HTTP code',
    rule: 'domain-is-pure',
    file: 'src/modules/orders/domain/order-placement.ts',
    source: `import { Injectable } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { User as UserRow } from '../../../generated/prisma/client.js';

@Injectable()
export class OrderPlacement {
  constructor(
    readonly customerId: UserRow['id'],
    readonly placedFrom: IncomingMessage['url'],
  ) {}
}
`,
    names: [/→ node_modules\/@nestjs\/common\//, /→ src\/generated\/prisma\/client\.ts/, /→ (node:)?http\b/],
  },
];

function lint(project: GeneratedProject) {
  return execa('npm', ['run', 'lint'], { cwd: project.dir, env: project.env, all: true, reject: false });
}

function boundaryTests(project: GeneratedProject): void {
  describe('boundaries enforced by npm run lint', () => {
    it.each(violations)('fails on $kind, naming $rule, and passes once it is gone', async (violation) => {
      const file = join(project.dir, violation.file);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, violation.source);
      try {
        const failed = await lint(project);
        expect(failed.exitCode, String(failed.all)).not.toBe(0);
        expect(failed.all).toContain(violation.rule);
        for (const name of violation.names) expect(failed.all).toMatch(name);
      } finally {
        await rm(file);
      }
      const passed = await lint(project);
      expect(passed.exitCode, String(passed.all)).toBe(0);
    });
  });
}

// Each platform builds, tests and boots with generated modules and the boundary checks (CI runs one per Node version).
// The projects are made from the example team preset, so one install also proves what a preset adds (its feature,
// overlays, generator and trusted postGenerate) works in a real project.
const presetOptions = ['--preset', examplePreset, '--trust-preset'];
for (const http of httpPlatformsUnderTest('modular')) {
  describeGeneratedProject(`modular (${http})`, ['--layout', 'modular', '--modules', 'users,orders', '--http', http, ...presetOptions], {
    afterCreate: addModules,
    more: (project) => {
      presetTests(project);
      boundaryTests(project);
      hardeningTests(project);
    },
  });
}
