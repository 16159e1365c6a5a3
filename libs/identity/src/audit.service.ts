import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditKind } from './audit-event.entity.js';
import { AuditRepository } from './audit.repository.js';
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

/** Appends to the audit log, in the caller's transaction: the entry commits (or not) with the change it records. */
@Injectable()
export class AuditService {
  constructor(
    private readonly entries: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** Returns the new entry's id. */
  record(tx: EntityManager, entry: AuditEntry): Promise<string> {
    return this.entries.insert(tx, {
      at: this.clock.now(),
      kind: entry.kind,
      actorId: entry.actorId ?? null,
      memberId: entry.memberId ?? null,
      officeId: entry.officeId ?? null,
      email: entry.email ?? null,
      ip: entry.ip ?? null,
      details: entry.details ?? {},
    });
  }
}
