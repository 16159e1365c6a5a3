import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { decodeCursor, forbidden, pageSize, toConnection, type Connection } from '@forum/graphql';
import { canReadAuditLog } from './access.policy.js';
import { AuditEventEntity, type AuditKind } from './audit-event.entity.js';
import type { AuditEventModel } from './dto/audit-event.model.js';
import { isUuid } from './text-input.js';
import { signedInViewer, type Viewer } from './viewer.js';

type Position = [string, string]; // [at ISO, id]
// Exactly what cursorOf writes (toISOString of a stored time, a uuid): anything else would fail in PostgreSQL (an id
// that is no uuid, a year it cannot store) as INTERNAL instead of being an invalid cursor.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'string' &&
  ISO_INSTANT.test(value[0]) &&
  !Number.isNaN(Date.parse(value[0])) &&
  isUuid(value[1]);

/** Reading the audit log: admins only, newest first, keyset-paged. */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null; kind?: AuditKind | null },
  ): Promise<Connection<AuditEventModel>> {
    if (!canReadAuditLog(signedInViewer(viewer))) throw forbidden('Only admins read the audit log');
    const limit = pageSize(args.first, 20);
    const base = () => {
      const qb = this.dataSource.manager.createQueryBuilder(AuditEventEntity, 'e');
      if (args.kind) qb.andWhere('e.kind = :kind', { kind: args.kind });
      return qb;
    };
    const qb = base()
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit + 1);
    if (args.after) {
      const [at, id] = decodeCursor(args.after, isPosition);
      qb.andWhere('(e.at, e.id) < (:at, CAST(:id AS uuid))', { at: new Date(at), id });
    }
    // Counted eagerly: a totalCount function is not called by Nest's field resolution (see the report of issue 3).
    const [rows, total] = await Promise.all([qb.getMany(), base().getCount()]);
    return toConnection(
      rows,
      limit,
      (row): AuditEventModel => ({ ...row }),
      (row) => [row.at.toISOString(), row.id],
      total,
    );
  }
}
