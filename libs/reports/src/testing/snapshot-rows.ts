import type { EntityManager } from 'typeorm';
import { Language } from '@forum/graphql';
import { Role, Visibility, type Viewer } from '@forum/identity';

// Fixed values for the SQL snapshots (queries/*.repository.sql), and the rows a recorded method needs, made inside
// the snapshot's (rolled-back) transaction: these statements are not part of any snapshot.
export const SNAPSHOT = {
  officeId: '00000000-0000-4000-8000-000000000201',
  memberId: '00000000-0000-4000-8000-000000000202',
  threadId: '00000000-0000-4000-8000-000000000203',
  strategyId: '00000000-0000-4000-8000-000000000204',
  versionId: '00000000-0000-4000-8000-000000000205',
  reportId: '00000000-0000-4000-8000-000000000206',
  otherId: '00000000-0000-4000-8000-000000000207',
  spaceId: '00000000-0000-4000-8000-000000000208',
  at: '2026-01-02T03:04:05.678000Z',
} as const;

export const SNAPSHOT_VIEWER: Viewer = { memberId: SNAPSHOT.memberId, officeId: SNAPSHOT.officeId, role: Role.MEMBER };

export const SNAPSHOT_STRATEGY = {
  officeId: SNAPSHOT.officeId,
  authorId: SNAPSHOT.memberId,
  threadId: SNAPSHOT.threadId,
  title: 'ICT strategy',
  periodStart: 2024,
  periodEnd: 2028,
  language: Language.EN,
  summary: 'Summary',
  body: 'Body',
  goals: ['Cloud first'],
  visibility: Visibility.OFFICES,
  sharedWithOfficeIds: [SNAPSHOT.otherId],
};

/** The office, member, space and thread a share refers to (foreign keys). */
export async function snapshotThread(db: EntityManager): Promise<typeof SNAPSHOT> {
  await db.query(`INSERT INTO office (id, code, name) VALUES ($1, 'XR', 'Snapshot Office')`, [SNAPSHOT.officeId]);
  await db.query(
    `INSERT INTO member (id, email, display_name, office_id) VALUES ($1, 'reports@example.org', 'Snapshot', $2)`,
    [SNAPSHOT.memberId, SNAPSHOT.officeId],
  );
  await db.query(`INSERT INTO space (id, slug, title, position) VALUES ($1, 'snapshot-reports', 'Snapshot', 98)`, [
    SNAPSHOT.spaceId,
  ]);
  await db.query(
    `INSERT INTO thread (id, space_id, title, author_id, office_id, visibility) VALUES ($1, $2, 'Snapshot', $3, $4, 'COMMUNITY')`,
    [SNAPSHOT.threadId, SNAPSHOT.spaceId, SNAPSHOT.memberId, SNAPSHOT.officeId],
  );
  return SNAPSHOT;
}

/** A strategy (with its first version) of SNAPSHOT's office. */
export async function snapshotStrategy(db: EntityManager): Promise<typeof SNAPSHOT> {
  await snapshotThread(db);
  await db.query(
    `INSERT INTO ict_strategy (id, office_id, author_id, thread_id, title, period_start, period_end, summary, body, visibility)
     VALUES ($1, $2, $3, $4, 'ICT strategy', 2024, 2028, 'Summary', 'Body', 'COMMUNITY')`,
    [SNAPSHOT.strategyId, SNAPSHOT.officeId, SNAPSHOT.memberId, SNAPSHOT.threadId],
  );
  await db.query(
    `INSERT INTO ict_strategy_version (id, strategy_id, version, author_id, title, period_start, period_end, summary, body)
     VALUES ($1, $2, 1, $3, 'ICT strategy', 2024, 2028, 'Summary', 'Body')`,
    [SNAPSHOT.versionId, SNAPSHOT.strategyId, SNAPSHOT.memberId],
  );
  return SNAPSHOT;
}
