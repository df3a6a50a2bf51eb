import { z } from 'zod';

/** `?page=2&limit=50`: 1-based pages of at most 100 items. */
export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
};

/** `?sort=title,-createdAt`: fields by priority, `-` for descending. */
export function sortQuery<const Field extends string>(fields: readonly [Field, ...Field[]]) {
  const term = z
    .string()
    .transform((text) =>
      text.startsWith('-') ? { field: text.slice(1), direction: 'desc' } : { field: text, direction: 'asc' },
    )
    .pipe(z.object({ field: z.enum(fields), direction: z.enum(['asc', 'desc']) }));
  return z
    .string()
    .transform((text) => text.split(','))
    .pipe(z.array(term))
    .default([])
    .meta({ description: `Comma-separated fields, "-" for descending: ${fields.join(', ')}` });
}
