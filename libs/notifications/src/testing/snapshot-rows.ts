import type { EntityManager } from 'typeorm';

// Fixed values for the SQL snapshots (queries/*.repository.sql), and the rows a recorded method needs (foreign keys),
// made inside the snapshot's transaction (rolled back): these statements are not part of any snapshot.

export const SNAPSHOT = {
  officeId: '00000000-0000-4000-8000-000000000201',
  memberId: '00000000-0000-4000-8000-000000000202',
  spaceId: '00000000-0000-4000-8000-000000000203',
  threadId: '00000000-0000-4000-8000-000000000204',
  postId: '00000000-0000-4000-8000-000000000205',
  eventId: '00000000-0000-4000-8000-000000000206',
  notificationId: '00000000-0000-4000-8000-000000000207',
  at: new Date('2026-01-02T03:04:05.678Z'),
} as const;

/** The office, member, space, thread and opening post of SNAPSHOT. */
export async function snapshotThread(db: EntityManager): Promise<typeof SNAPSHOT> {
  await db.query(`INSERT INTO office (id, code, name) VALUES ($1, 'XN', 'Snapshot Office')`, [SNAPSHOT.officeId]);
  await db.query(
    `INSERT INTO member (id, email, display_name, office_id) VALUES ($1, 'notifications@example.org', 'Snapshot', $2)`,
    [SNAPSHOT.memberId, SNAPSHOT.officeId],
  );
  await db.query(`INSERT INTO space (id, slug, title, position) VALUES ($1, 'snapshot-space', 'Snapshot', 99)`, [
    SNAPSHOT.spaceId,
  ]);
  await db.query(
    `INSERT INTO thread (id, space_id, title, author_id, office_id, visibility) VALUES ($1, $2, 'Snapshot', $3, $4, 'COMMUNITY')`,
    [SNAPSHOT.threadId, SNAPSHOT.spaceId, SNAPSHOT.memberId, SNAPSHOT.officeId],
  );
  await db.query(
    `INSERT INTO post (id, thread_id, path, depth, author_id, body, body_html) VALUES ($1, $2, '00000001', 0, $3, 'x', 'x')`,
    [SNAPSHOT.postId, SNAPSHOT.threadId, SNAPSHOT.memberId],
  );
  return SNAPSHOT;
}
