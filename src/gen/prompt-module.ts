import { confirm, isCancel, text } from '@clack/prompts';
import { inputProblem, moduleNames, parseField } from '../../generators/module/index.js';
import { CancelledError } from '../errors.js';

function answered<T>(answer: T): Exclude<T, symbol> {
  if (isCancel(answer)) throw new CancelledError();
  return answer as Exclude<T, symbol>;
}

export async function promptModuleName(): Promise<string> {
  return answered(
    await text({ message: 'Module name (kebab-case, e.g. orders)', validate: (value = '') => inputProblem(() => moduleNames(value)) }),
  );
}

/** Asks for fields one at a time until an empty answer; returns them as a --fields list. */
export async function promptFields(): Promise<string> {
  const fields: string[] = [];
  for (;;) {
    const field = answered(
      await text({
        message: fields.length === 0 ? 'First field (name:type, e.g. title:string)' : 'Next field (empty to finish)',
        validate: (value = '') => {
          if (value.trim() === '') return fields.length === 0 ? 'a module needs at least one field' : undefined;
          return inputProblem(() => parseField(value.trim()));
        },
      }),
    ).trim();
    if (field === '') return fields.join(',');
    fields.push(field);
  }
}

export async function promptOwned(): Promise<boolean> {
  return answered(await confirm({ message: 'Owned by the signed-in user (others get 404)?', initialValue: false }));
}
