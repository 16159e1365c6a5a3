import type { EntityManager } from 'typeorm';
import { Role, type Viewer } from '@forum/identity';

// Fixed values for the SQL snapshots (queries/*.repository.sql), and the rows that a recorded method needs to exist
// (foreign keys), made inside the snapshot's transaction (rolled back): these statements are not part of any snapshot.

export const SNAPSHOT = {
  officeId: '00000000-0000-4000-8000-000000000101',
  memberId: '00000000-0000-4000-8000-000000000102',
  spaceId: '00000000-0000-4000-8000-000000000103',
  threadId: '00000000-0000-4000-8000-000000000104',
  postId: '00000000-0000-4000-8000-000000000105',
  otherId: '00000000-0000-4000-8000-000000000106',
  flagId: '00000000-0000-4000-8000-000000000107',
  at: new Date('2026-01-02T03:04:05.678Z'),
} as const;

/** A signed-in member: the visibility predicate takes its longest form. */
export const SNAPSHOT_VIEWER: Viewer = { memberId: SNAPSHOT.memberId, officeId: SNAPSHOT.officeId, role: Role.MEMBER };

/** The office, member, space, thread and opening post of SNAPSHOT. */
export async function snapshotPost(db: EntityManager): Promise<typeof SNAPSHOT> {
  await db.query(`INSERT INTO office (id, code, name) VALUES ($1, 'XD', 'Snapshot Office')`, [SNAPSHOT.officeId]);
  await db.query(
    `INSERT INTO member (id, email, display_name, office_id) VALUES ($1, 'discussions@example.org', 'Snapshot', $2)`,
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
