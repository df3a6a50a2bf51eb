import { Injectable } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { AuditTrail, type AuditEntry } from '../../application/audit/audit-trail.port.js';

/** Writes each entry as its own log line (`audit: true`), so the log pipeline can route it to long-term storage. */
@Injectable()
export class LogAuditTrail extends AuditTrail {
  constructor(private readonly logger: PinoLogger) {
    super();
    logger.setContext('AuditTrail');
  }

  record(entry: AuditEntry): void {
    this.logger.info({ audit: true, ...entry }, 'audit');
  }
}
