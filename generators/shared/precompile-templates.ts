import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { handlebars } from './handlebars.js';
import { templateKey } from './template-key.js';

/** The JavaScript source of `precompiled-templates` with every `.hbs` under `templatesDir`; run at build time. */
export async function precompiledTemplatesModule(templatesDir: string): Promise<string> {
  const paths = (await readdir(templatesDir, { recursive: true })).filter((path) => path.endsWith('.hbs')).sort();
  const entries = new Map<string, string>();
  for (const path of paths) {
    const source = await readFile(join(templatesDir, path), 'utf8');
    // The options renderTemplate compiles with. Typed as the specification, precompile returns its JavaScript source.
    entries.set(templateKey(source), handlebars.precompile(source, { noEscape: true }) as unknown as string);
  }
  const body = [...entries].map(([key, spec]) => `  ${JSON.stringify(key)}: ${spec},`).join('\n');
  return `export const precompiledTemplates = {\n${body}\n};\n`;
}
