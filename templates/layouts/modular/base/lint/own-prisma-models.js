import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

const PROJECT_ROOT = join(import.meta.dirname, '..');
const SCHEMA_DIR = join(PROJECT_ROOT, 'prisma', 'schema');

/** Prisma model delegate (`refreshToken`) -> owner: the name of the schema file declaring the model (`auth.prisma`). */
function modelOwners() {
  const owners = new Map();
  for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.prisma'))) {
    for (const [, model] of readFileSync(join(SCHEMA_DIR, file), 'utf8').matchAll(/^model\s+(\w+)\s*\{/gm)) {
      owners.set(model.charAt(0).toLowerCase() + model.slice(1), { model, owner: basename(file, '.prisma') });
    }
  }
  return owners;
}

/** @type {import('eslint').Rule.RuleModule} */
const ownPrismaModels = {
  meta: {
    type: 'problem',
    docs: {
      description: 'A module queries only the Prisma models of its own schema file, prisma/schema/<module>.prisma',
    },
    messages: {
      foreign:
        "Module '{{module}}' queries {{model}}, a model of '{{owner}}': use that module's index.ts or its events.",
    },
    schema: [],
  },
  create(context) {
    const path = relative(PROJECT_ROOT, context.filename).split(sep).join('/');
    const module = /^src\/modules\/([^/]+)\//.exec(path)?.[1];
    if (!module) return {};
    const owners = modelOwners();
    const services = context.sourceCode.parserServices;
    return {
      MemberExpression(node) {
        if (node.computed || node.property.type !== 'Identifier') return;
        const found = owners.get(node.property.name);
        if (!found || found.owner === module) return;
        // A model delegate (`prisma.user`, `tx.user`), not any property that shares its name (`request.user`).
        const type = services.getTypeAtLocation(node).getSymbol()?.getName();
        if (type !== `${found.model}Delegate`) return;
        context.report({ node: node.property, messageId: 'foreign', data: { module, ...found } });
      },
    };
  },
};

export default { rules: { 'own-prisma-models': ownPrismaModels } };
