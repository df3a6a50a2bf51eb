/** One change a caller made through the API, kept apart from request logs for security reviews. */
export interface AuditEntry {
  /** `<Controller>.<handler>`, stable across route renames. */
  action: string;
  /** The signed-in user's id; null for anonymous callers. */
  actorId: string | null;
  status: number;
  requestId: string | undefined;
}

export abstract class AuditTrail {
  abstract record(entry: AuditEntry): void;
}
