import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InstantIdPosition } from '@forum/core';
import { SqlSnapshot } from '@forum/database';
import { AuditEventEntity, AuditKind } from './audit-event.entity.js';

// Fixed values for the SQL snapshots (queries/audit.repository.sql).
const AT = new Date('2026-01-01T00:00:00.000Z');
const EVENT_ID = '00000000-0000-4000-8000-000000000051';

export interface NewAuditEvent {
  at: Date;
  kind: AuditKind;
  actorId: string | null;
  memberId: string | null;
  officeId: string | null;
  email: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface AuditPageQuery {
  kind: AuditKind | null;
  /** Entries strictly older than this position (newest first). */
  after: InstantIdPosition | null;
  limit: number;
}

/** The audit log: appended to in the transaction of what it records, read newest first. */
@Injectable()
export class AuditRepository {
  /** The new entry's id. */
  @SqlSnapshot({
    params: [
      {
        at: AT,
        kind: AuditKind.ROLE_CHANGED,
        actorId: null,
        memberId: null,
        officeId: null,
        email: null,
        ip: null,
        details: { from: 'MEMBER', to: 'ADMIN' },
      },
    ],
  })
  async insert(db: EntityManager, entry: NewAuditEvent): Promise<string> {
    const result = await db.insert(AuditEventEntity, { ...entry, details: entry.details as object });
    return (result.identifiers[0] as { id: string }).id;
  }

  @SqlSnapshot({ params: [{ kind: AuditKind.SIGN_IN, after: [AT.toISOString(), EVENT_ID], limit: 21 }] })
  page(db: EntityManager, query: AuditPageQuery): Promise<AuditEventEntity[]> {
    const qb = db.createQueryBuilder(AuditEventEntity, 'e');
    if (query.kind) qb.andWhere('e.kind = :kind', { kind: query.kind });
    if (query.after) {
      const [at, id] = query.after;
      qb.andWhere('(e.at, e.id) < (:at, CAST(:id AS uuid))', { at: new Date(at), id });
    }
    return qb.orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC').limit(query.limit).getMany();
  }

  @SqlSnapshot({ params: [{ kind: AuditKind.SIGN_IN }] })
  count(db: EntityManager, filter: { kind: AuditKind | null }): Promise<number> {
    const qb = db.createQueryBuilder(AuditEventEntity, 'e');
    if (filter.kind) qb.andWhere('e.kind = :kind', { kind: filter.kind });
    return qb.getCount();
  }
}
