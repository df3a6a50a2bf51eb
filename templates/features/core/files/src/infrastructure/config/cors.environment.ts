import { z } from 'zod';

const commaSeparated = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

export const corsEnvironment = {
  CORS_ORIGINS: commaSeparated.optional(),
};
