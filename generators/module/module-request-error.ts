/** Bad input, or a project state the module generator refuses to touch: one line for the user, exit 2, nothing written. */
export class ModuleRequestError extends Error {}
