import type { NodePlopAPI } from 'node-plop';
import { parseFields } from './fields.js';
import { generateModule } from './generate-module.js';
import { inputProblem } from './input-problem.js';
import { moduleNames } from './module-names.js';

export { parseField, parseFields } from './fields.js';
export { generateModule } from './generate-module.js';
export { inputProblem } from './input-problem.js';
export { moduleNames } from './module-names.js';

const moduleActionType = 'backendArchModule';

interface ModuleAnswers {
  name: string;
  fields: string;
  owned?: boolean;
}

/** The plop generator `module`, for `npx plop module` (`npm run gen -- module` runs the same code without prompts). */
export default function moduleGenerator(plop: NodePlopAPI): void {
  plop.setActionType(moduleActionType, async (answers) => {
    const { name, fields, owned = false } = answers as ModuleAnswers;
    const { report } = await generateModule({
      projectRoot: plop.getDestBasePath(),
      name,
      fields: parseFields(fields),
      owned,
      force: false,
      dryRun: false,
    });
    return report;
  });
  plop.setGenerator('module', {
    description: 'a vertical slice: Prisma model and migration, entity, repository, use cases, controller, tests',
    prompts: [
      {
        type: 'input',
        name: 'name',
        message: 'Module name (kebab-case, e.g. orders)',
        validate: (value: string) => inputProblem(() => moduleNames(value)) ?? true,
      },
      {
        type: 'input',
        name: 'fields',
        message: 'Fields (e.g. title:string,price:decimal,paid:boolean?)',
        validate: (value: string) => inputProblem(() => parseFields(value)) ?? true,
      },
      { type: 'confirm', name: 'owned', message: 'Owned by the signed-in user?', default: false },
    ],
    actions: [{ type: moduleActionType }],
  });
}
