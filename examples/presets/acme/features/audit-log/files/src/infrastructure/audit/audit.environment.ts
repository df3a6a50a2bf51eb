import { z } from 'zod';

export const auditEnvironment = {
  // Off only where another system keeps the trail (e.g. a gateway that audits every call).
  AUDIT_LOG_ENABLED: z.stringbool().default(true),
};
