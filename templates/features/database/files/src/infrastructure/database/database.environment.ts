import { z } from 'zod';

export const databaseEnvironment = {
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgresql:// URL' }).optional(),
};

interface DatabaseSettings {
  NODE_ENV: string;
  DATABASE_URL?: string | undefined;
}

/** Development and tests may run on the embedded PostgreSQL; production needs a real one. */
export const databaseUrlInProduction = z.refine<DatabaseSettings>(
  (env) => env.NODE_ENV !== 'production' || env.DATABASE_URL !== undefined,
  {
    path: ['DATABASE_URL'],
    message: 'is required in production',
    // Checked even when other variables are invalid, so one start lists every problem.
    when: () => true,
  },
);
