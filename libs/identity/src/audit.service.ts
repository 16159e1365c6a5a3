import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity, type AuditKind } from './audit-event.entity.js';
import { Clock } from './clock.js';

export interface AuditEntry {
  kind: AuditKind;
  actorId?: string | null;
  memberId?: string | null;
  officeId?: string | null;
  email?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Appends to the audit log; pass the transaction's manager so the entry commits (or not) with the change it records. */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Returns the new entry's id. */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const result = await manager.insert(AuditEventEntity, {
      at: this.clock.now(),
      kind: entry.kind,
      actorId: entry.actorId ?? null,
      memberId: entry.memberId ?? null,
      officeId: entry.officeId ?? null,
      email: entry.email ?? null,
      ip: entry.ip ?? null,
      details: (entry.details ?? {}) as object,
    });
    return (result.identifiers[0] as { id: string }).id;
  }
}
