import type { ActionType, NodePlopAPI, PlopGeneratorConfig } from 'node-plop';

type CustomAction = (answers: object, config: object, plop: NodePlopAPI) => unknown;

interface RecordedPlopfile {
  generators: Map<string, PlopGeneratorConfig>;
  actionTypes: Map<string, CustomAction>;
  /** The plopfile used a part of the plop API this recorder does not provide. */
  needsNodePlop: boolean;
}

// Records what a plopfile registers. Anything beyond generators and custom action types marks it
// for node-plop, so the result never differs from node-plop's own.
function recordPlopfile(plopfile: (plop: NodePlopAPI) => void): { recorder: NodePlopAPI; recorded: RecordedPlopfile } {
  const recorded: RecordedPlopfile = { generators: new Map(), actionTypes: new Map(), needsNodePlop: false };
  const api: Record<string, unknown> = {
    setGenerator: (name: string, config: PlopGeneratorConfig) => recorded.generators.set(name, config),
    setActionType: (type: string, action: CustomAction) => recorded.actionTypes.set(type, action),
  };
  const recorder = new Proxy(api, {
    get: (target, property) => {
      if (typeof property === 'string' && property in target) return target[property];
      recorded.needsNodePlop = true;
      return () => undefined;
    },
  }) as unknown as NodePlopAPI;
  plopfile(recorder);
  return { recorder, recorded };
}

// Comments, function actions, built-in types and per-action `data`/`skip` are left to node-plop.
function customActionsOnly(actions: ActionType[], recorded: RecordedPlopfile): { type: string }[] | undefined {
  const simple = (action: ActionType) =>
    typeof action === 'object' && recorded.actionTypes.has(action.type) && !('data' in action) && !('skip' in action);
  return actions.every(simple) ? (actions as { type: string }[]) : undefined;
}

async function runWithNodePlop(
  plopfile: (plop: NodePlopAPI) => void,
  name: string,
  answers: object,
  destBasePath: string,
): Promise<void> {
  const { default: nodePlop } = await import('node-plop');
  // No plopfile on disk: every template path must be absolute, never relative to the cwd.
  const plop = await nodePlop('', { force: false, destBasePath });
  plopfile(plop);
  // runActions resolves even when actions fail; the first failure is the cause, the rest say "Aborted".
  const { failures } = await plop.getGenerator(name).runActions(answers);
  const [failure] = failures;
  if (failure) throw new Error(failure.error || `action ${failure.type} failed`);
}

/**
 * Runs a plop generator's actions with `answers` (no prompts). When every action is a custom action
 * type the plopfile registered, they run here in order, as node-plop would run them; node-plop itself
 * (with inquirer and rxjs, most of `create`'s start-up time) loads only for anything else.
 */
export async function runGenerator(
  plopfile: (plop: NodePlopAPI) => void,
  name: string,
  answers: object,
  destBasePath: string,
): Promise<void> {
  const { recorder, recorded } = recordPlopfile(plopfile);
  const generator = recorded.generators.get(name);
  if (!generator) throw new Error(`no plop generator named ${name}`);
  const actions = typeof generator.actions === 'function' ? generator.actions(answers) : (generator.actions ?? []);
  const configs = recorded.needsNodePlop ? undefined : customActionsOnly(actions, recorded);
  if (!configs) return runWithNodePlop(plopfile, name, answers, destBasePath);
  // In order, stopping at the first failure, like node-plop (which then reports the rest as aborted).
  for (const config of configs) await recorded.actionTypes.get(config.type)!(answers, config, recorder);
}
