import { readdirSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const template = fileURLToPath(new URL('./templates/adr.md', import.meta.url));

// ADRs are numbered in the order they are written: 0001, 0002, ...
function nextNumber(destination) {
  const numbers = safeList(`${destination}/docs/adr`)
    .map((file) => Number.parseInt(file, 10))
    .filter(Number.isFinite);
  return String(Math.max(0, ...numbers) + 1).padStart(4, '0');
}

function safeList(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Acme's generators: `npm run gen -- adr "Keep billing apart"` writes docs/adr/0001-keep-billing-apart.md. */
export default function acmeGenerators(plop) {
  plop.setGenerator('adr', {
    description: 'an architecture decision record in docs/adr',
    prompts: [
      {
        type: 'input',
        name: 'title',
        message: 'Decision title',
        validate: (value) => value.trim() !== '' || 'a title is required',
      },
    ],
    actions: () => [
      {
        type: 'add',
        path: `docs/adr/${nextNumber(plop.getDestBasePath())}-{{kebabCase title}}.md`,
        templateFile: template,
      },
    ],
  });
}
