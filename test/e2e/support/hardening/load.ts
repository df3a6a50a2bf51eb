export interface LoadOptions {
  clients: number;
  /** A hard limit: no client starts a request after it. */
  deadlineMs: number;
  /** Asked before every request; false ends that client. */
  keepGoing?: () => boolean;
}

/**
 * Runs `clients` loops of `request` side by side until the deadline or until `keepGoing` says stop, each loop
 * one request at a time; `request` returns false to end its own loop (e.g. once the server stopped listening).
 */
export async function runLoad(
  { clients, deadlineMs, keepGoing = () => true }: LoadOptions,
  request: (client: number, sequence: number) => Promise<boolean>,
): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let sequence = 0; Date.now() < deadline && keepGoing(); sequence++) {
        if (!(await request(client, sequence))) return;
      }
    }),
  );
}

/** The name of a fetch failure's cause (ECONNREFUSED, UND_ERR_SOCKET, TimeoutError...). */
export function failureName(error: unknown): string {
  const { cause, name } = error as { cause?: { code?: string; name?: string }; name?: string };
  return cause?.code ?? cause?.name ?? name ?? 'Error';
}
