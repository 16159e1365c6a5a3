import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { instantIdPosition, isInstantIdPosition } from '@forum/core';
import { decodeCursor, forbidden, pageSize, toConnection, type Connection } from '@forum/graphql';
import { canReadAuditLog } from './access.policy.js';
import type { AuditKind } from './audit-event.entity.js';
import { AuditRepository } from './audit.repository.js';
import type { AuditEventModel } from './dto/audit-event.model.js';
import { signedInViewer, type Viewer } from './viewer.js';

// [at as toISOString, id]: a day that does not exist or an id that is no uuid is an invalid cursor (@forum/core).
const isPosition = isInstantIdPosition;

/** Reading the audit log: admins only, newest first, keyset-paged. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: AuditRepository,
  ) {}

  async page(
    viewer: Viewer,
    args: { first?: number | null; after?: string | null; kind?: AuditKind | null },
  ): Promise<Connection<AuditEventModel>> {
    if (!canReadAuditLog(signedInViewer(viewer))) throw forbidden('Only admins read the audit log');
    const limit = pageSize(args.first, 20);
    const after = args.after ? decodeCursor(args.after, isPosition) : null;
    const kind = args.kind ?? null;
    const db = this.dataSource.manager;
    // Counted eagerly: a totalCount function is not called by Nest's field resolution (see the report of issue 3).
    const [rows, total] = await Promise.all([
      this.entries.page(db, { kind, after, limit: limit + 1 }),
      this.entries.count(db, { kind }),
    ]);
    return toConnection(
      rows,
      limit,
      (row): AuditEventModel => ({ ...row }),
      (row) => instantIdPosition(row.at, row.id),
      total,
    );
  }
}
