/** The message of what `check` throws, or undefined when it passes: for prompts that validate as the user types. */
export function inputProblem(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
