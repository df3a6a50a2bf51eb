import { z } from 'zod';

export const livenessReportSchema = z.object({ status: z.literal('ok') });

export const healthReportSchema = z.object({
  status: z.enum(['ok', 'error']),
  checks: z.record(z.string(), z.object({ status: z.enum(['up', 'down']) })),
});

export type HealthReport = z.infer<typeof healthReportSchema>;
