import { describe, expect, it } from 'vitest';
import { type GeneratedProject, timed } from './generated-project.js';

const ORDERS = 'title:string,price:decimal,paid:boolean?,status:enum(draft|paid|shipped),customerEmail:string:unique';
const EVERY_TYPE =
  'label:string:index,notes:text?,quantity:int,views:bigint?,weight:float,amount:decimal?,active:boolean,' +
  'shippedAt:datetime?,dueOn:date,ref:uuid:unique,meta:json?,payload:json,kind:enum(small|large)';

function gen(project: GeneratedProject, args: string[]) {
  return timed(`npm run gen -- ${args.slice(0, 2).join(' ')}`, 'npm', ['run', '--silent', 'gen', '--', ...args], {
    cwd: project.dir,
    env: project.env,
    reject: false,
  });
}

/**
 * Adds two modules with `npm run gen` (orders, and order-items owned and with every field type) right after the
 * project is created, so its typecheck, lint, tests and boot cover them; its own e2e tests then drive every
 * CRUD route over HTTP against PostgreSQL.
 */
export function addModules(project: GeneratedProject): void {
  describe('npm run gen -- module', () => {
    it('adds an orders module', async () => {
      const result = await gen(project, ['module', 'orders', '--fields', ORDERS]);
      expect(result.exitCode, String(result.all)).toBe(0);
      expect(result.all).toMatch(/module orders: \d+ files created, \d+ modified/);
      expect(result.all).toContain('✔ generate the Prisma client');
    });

    it('adds an owned order-items module with every field type', async () => {
      const result = await gen(project, ['module', 'order-items', '--owned', '--fields', EVERY_TYPE]);
      expect(result.exitCode, String(result.all)).toBe(0);
      expect(result.all).toMatch(/module order-items: \d+ files created, \d+ modified/);
    });

    it('refuses the same module again and changes nothing', async () => {
      const result = await gen(project, ['module', 'orders', '--fields', ORDERS]);
      expect(result.exitCode).toBe(2);
      expect(result.all).toContain('module "orders" already exists; nothing was changed');
    });

    it("loads the project's plopfile for other generators", async () => {
      const result = await gen(project, ['reports']);
      expect(result.exitCode).toBe(2);
      // A preset's generators may follow the built-in one.
      expect(result.all).toMatch(/unknown generator "reports" \(this project has: module[,)]/);
    });
  });
}
