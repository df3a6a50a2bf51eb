import { Module } from '@nestjs/common';
import { AuditTrail } from '../../application/audit/audit-trail.port.js';
import { LogAuditTrail } from './log-audit-trail.js';

@Module({
  providers: [{ provide: AuditTrail, useClass: LogAuditTrail }],
  exports: [AuditTrail],
})
export class AuditModule {}
