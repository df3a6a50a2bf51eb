export interface DatabaseTarget {
  connectionString: string;
  schema: string | undefined;
}

/** Splits Prisma's `?schema=` convention off the URL: the pg driver does not understand it, the adapter takes it apart. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  parsed.searchParams.delete('schema');
  return { connectionString: parsed.toString(), schema };
}
