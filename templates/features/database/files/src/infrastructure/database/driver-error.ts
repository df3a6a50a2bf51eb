/** How @prisma/adapter-pg describes a failed query: a `kind`, and PostgreSQL's SQLSTATE when the server answered. */
export interface DriverError {
  kind?: string;
  originalCode?: string;
  table?: string;
  constraint?: { fields?: unknown; index?: string };
}

/** The driver adapter's description of an error: Prisma keeps it in `meta.driverAdapterError`, or lets it through. */
export function driverErrorOf(error: unknown): DriverError | undefined {
  if (!(error instanceof Error)) return undefined;
  const { meta } = error as { meta?: { driverAdapterError?: Error } };
  const adapterError = error.name === 'DriverAdapterError' ? error : meta?.driverAdapterError;
  const cause = adapterError?.cause;
  return typeof cause === 'object' && cause !== null ? cause : undefined;
}
