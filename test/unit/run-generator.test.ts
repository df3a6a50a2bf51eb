import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CustomActionConfig, NodePlopAPI } from 'node-plop';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGenerator } from '../../src/render/run-generator.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'run-generator-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const calls: string[] = [];
function plopfile(actions: (answers: { name: string }) => unknown[], extra?: (plop: NodePlopAPI) => void) {
  return (plop: NodePlopAPI) => {
    plop.setActionType('record', async (answers, config) => {
      calls.push(`${(config as CustomActionConfig<string> & { label: string }).label}:${(answers as { name: string }).name}`);
      return 'recorded';
    });
    extra?.(plop);
    plop.setGenerator('thing', { description: 'a thing', prompts: [], actions: (answers) => actions(answers as { name: string }) as never });
  };
}

describe('runGenerator', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('runs custom actions in order with the answers', async () => {
    const actions = () => [
      { type: 'record', label: 'first' },
      { type: 'record', label: 'second' },
    ];
    await runGenerator(plopfile(actions), 'thing', { name: 'x' }, dir);
    expect(calls).toEqual(['first:x', 'second:x']);
  });

  it('stops at the first failing action with its error', async () => {
    const failing = (plop: NodePlopAPI) =>
      plop.setActionType('fail', () => {
        throw new Error('broken on purpose');
      });
    const actions = () => [{ type: 'record', label: 'first' }, { type: 'fail' }, { type: 'record', label: 'never' }];
    await expect(runGenerator(plopfile(actions, failing), 'thing', { name: 'x' }, dir)).rejects.toThrow('broken on purpose');
    expect(calls).toEqual(['first:x']);
  });

  it("leaves built-in actions and other plop API to node-plop, with the same result", async () => {
    const actions = () => [
      { type: 'record', label: 'first' },
      { type: 'add', path: join(dir, '{{name}}.txt'), template: 'hello {{name}}' },
    ];
    const withHelper = (plop: NodePlopAPI) => plop.setHelper('shout', (text: string) => text.toUpperCase());
    await runGenerator(plopfile(actions, withHelper), 'thing', { name: 'x' }, dir);
    expect(calls).toEqual(['first:x']);
    expect(await readFile(join(dir, 'x.txt'), 'utf8')).toBe('hello x');
  });

  it('names a generator that does not exist', async () => {
    await expect(runGenerator(plopfile(() => []), 'other', {}, dir)).rejects.toThrow(/no plop generator named other/);
  });
});
