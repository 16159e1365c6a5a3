import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { Visibility, visibleSql, type Viewer } from '@forum/identity';
import { IpRight, StandardImplementation } from './standards.enums.js';
import { positional } from './stacks.sql.js';
import { SNAPSHOT, SNAPSHOT_VIEWER, snapshotStack } from './testing/snapshot-rows.js';

export interface StandardRow {
  code: string;
  title: string;
}

export interface StatusRow {
  id: string;
  office_id: string;
  standard_code: string;
  ip_right: IpRight;
  status: StandardImplementation;
  explanation: string | null;
  plan_date: string | null;
  comment: string | null;
  visibility: Visibility;
  reported_at: Date;
}

export interface NewStatus {
  officeId: string;
  standardCode: string;
  ipRight: IpRight;
  status: StandardImplementation;
  explanation: string | null;
  planDate: string | null;
  comment: string | null;
  visibility: Visibility;
  sharedWithOfficeIds: string[];
  authorId: string;
}

const STATUS_COLUMNS = `s.id, s.office_id, s.standard_code, s.ip_right, s.status, s.explanation,
  to_char(s.plan_date, 'YYYY-MM-DD') AS plan_date, s.comment, s.visibility, s.reported_at`;

const statusVisibleTo = (viewer: Viewer) =>
  visibleSql(viewer, { visibility: 's.visibility', officeId: 's.office_id', sharedWith: 's.shared_with_office_ids' });

/** The SQL of WIPO standards and the offices' status reports; reads carry the visibility predicate. */
@Injectable()
export class StandardsRepository {
  @SqlSnapshot({ params: [[{ code: 'ST.26', title: 'Sequence listings in XML' }]] })
  async upsertStandards(db: EntityManager, standards: readonly StandardRow[]): Promise<void> {
    await db.query(
      `INSERT INTO wipo_standard (code, title, position)
       SELECT x.code, x.title, x.position FROM jsonb_to_recordset($1::jsonb) AS x(code text, title text, position int)
       ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, position = EXCLUDED.position`,
      [JSON.stringify(standards.map((s, position) => ({ ...s, position })))],
    );
  }

  @SqlSnapshot({ params: [] })
  async standards(db: EntityManager): Promise<StandardRow[]> {
    return (await db.query(`SELECT code, title FROM wipo_standard ORDER BY position`)) as StandardRow[];
  }

  @SqlSnapshot({
    params: async (db) => {
      const { officeId, memberId } = await snapshotStack(db);
      await db.query(
        `INSERT INTO wipo_standard (code, title, position) VALUES ('ST.26', 'x', 0) ON CONFLICT DO NOTHING`,
      );
      return [
        {
          officeId,
          standardCode: 'ST.26',
          ipRight: IpRight.PATENTS,
          status: StandardImplementation.PLANNED,
          explanation: null,
          planDate: '2027-07-01',
          comment: 'With the new filing system',
          visibility: Visibility.COMMUNITY,
          sharedWithOfficeIds: [],
          authorId: memberId,
        } satisfies NewStatus,
      ];
    },
  })
  async insert(db: EntityManager, report: NewStatus): Promise<StatusRow> {
    const [row] = (await db.query(
      `INSERT INTO standard_status AS s (office_id, standard_code, ip_right, status, explanation, plan_date, comment,
         visibility, shared_with_office_ids, author_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${STATUS_COLUMNS}`,
      [
        report.officeId,
        report.standardCode,
        report.ipRight,
        report.status,
        report.explanation,
        report.planDate,
        report.comment,
        report.visibility,
        report.sharedWithOfficeIds,
        report.authorId,
      ],
    )) as StatusRow[];
    return row;
  }

  /**
   * The current status the viewer may see per (office, standard, IP right): the latest visible report. Each filter
   * is off when null.
   */
  @SqlSnapshot({
    params: [SNAPSHOT_VIEWER, { officeIds: [SNAPSHOT.officeId], standardCode: 'ST.26', ipRight: IpRight.PATENTS }],
  })
  async current(
    db: EntityManager,
    viewer: Viewer,
    filter: { officeIds: readonly string[] | null; standardCode: string | null; ipRight: IpRight | null },
  ): Promise<StatusRow[]> {
    const visible = statusVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `SELECT DISTINCT ON (s.office_id, s.standard_code, s.ip_right) ${STATUS_COLUMNS}
         FROM standard_status s
         WHERE ${visible.sql}
           AND (CAST(:officeIds AS uuid[]) IS NULL OR s.office_id = ANY(CAST(:officeIds AS uuid[])))
           AND (CAST(:standardCode AS text) IS NULL OR s.standard_code = CAST(:standardCode AS text))
           AND (CAST(:ipRight AS ip_right) IS NULL OR s.ip_right = CAST(:ipRight AS ip_right))
         ORDER BY s.office_id, s.standard_code, s.ip_right, s.reported_at DESC, s.id DESC`,
        { ...filter, ...visible.params },
      ),
    )) as StatusRow[];
  }

  /** Every report the viewer may see of one office and standard, newest first: the history. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, { officeId: SNAPSHOT.officeId, standardCode: 'ST.26' }] })
  async history(
    db: EntityManager,
    viewer: Viewer,
    filter: { officeId: string; standardCode: string },
  ): Promise<StatusRow[]> {
    const visible = statusVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `SELECT ${STATUS_COLUMNS} FROM standard_status s
         WHERE s.office_id = :officeId AND s.standard_code = :standardCode AND ${visible.sql}
         ORDER BY s.reported_at DESC, s.id DESC LIMIT 200`,
        { ...filter, ...visible.params },
      ),
    )) as StatusRow[];
  }
}
