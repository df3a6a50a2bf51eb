import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../generators/shared/handlebars.js';

const template = `{{#oneLineIfFits}}
import {
{{#each names}}
  {{this}},
{{/each}}
} from '{{from}}';
{{/oneLineIfFits}}
`;

describe('oneLineIfFits', () => {
  it('joins a list written one item a line when it fits 120 columns, as Prettier prints it', () => {
    expect(renderTemplate(template, { names: ['A', 'type B'], from: './x.js' })).toBe("import { A, type B } from './x.js';\n");
  });

  it('leaves it one item a line when it does not fit', () => {
    const names = Array.from({ length: 12 }, (_, index) => `SomeLongName${index}`);
    expect(renderTemplate(template, { names, from: './x.js' })).toBe(
      `import {\n${names.map((name) => `  ${name},`).join('\n')}\n} from './x.js';\n`,
    );
  });
});
