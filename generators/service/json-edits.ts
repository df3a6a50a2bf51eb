/** Writes `value` back in the indentation and final newline of `original`. */
function stringifyLike(original: string, value: unknown): string {
  const indent = /^\{\n([ \t]+)/.exec(original)?.[1] ?? '  ';
  return `${JSON.stringify(value, null, indent)}${original.endsWith('\n') ? '\n' : ''}`;
}

// One app's command in a `concurrently` script: "npm run dev -w apps/orders".
const APP_COMMAND = /"([^"]*-w apps\/)([a-z][a-z0-9-]*)([^"]*)"/g;

/** Adds `app` to a script that runs every app with concurrently: its name and a command like the last app's. */
export function addToConcurrently(script: string, app: string): string {
  const commands = [...script.matchAll(APP_COMMAND)];
  const last = commands.at(-1);
  if (!last || commands.some((command) => command[2] === app)) return script;
  const [command, prefix, , suffix] = last;
  const at = last.index + command.length;
  const withCommand = `${script.slice(0, at)} "${prefix}${app}${suffix}"${script.slice(at)}`;
  return withCommand.replace(/(--names[ =])(\S+)/, (_match, flag: string, names: string) => `${flag}${names},${app}`);
}

interface RootPackage {
  workspaces?: unknown;
  scripts?: Record<string, string>;
}

/** The root package.json with the app as a workspace and in the scripts that run every app. */
export function addAppToRootPackage(current: string, app: string): string {
  const root = JSON.parse(current) as RootPackage;
  const workspace = `apps/${app}`;
  if (Array.isArray(root.workspaces) && !root.workspaces.includes(workspace)) root.workspaces.push(workspace);
  for (const [name, script] of Object.entries(root.scripts ?? {})) {
    if (script.includes('concurrently')) root.scripts![name] = addToConcurrently(script, app);
  }
  return stringifyLike(current, root);
}

/** backend-arch.json with the service in its `services` list. */
export function addServiceToManifest(current: string, service: string): string {
  const manifest = JSON.parse(current) as { services?: string[] };
  if (manifest.services?.includes(service)) return current;
  manifest.services = [...(manifest.services ?? []), service];
  return stringifyLike(current, manifest);
}
