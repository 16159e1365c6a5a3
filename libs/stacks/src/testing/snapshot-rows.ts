import type { EntityManager } from 'typeorm';
import { Role, type Viewer } from '@forum/identity';

// Fixed values for the SQL snapshots (queries/*.sql) and the rows a recorded method needs (foreign keys), made in
// the snapshot's rolled-back transaction: these statements are not part of any snapshot.
export const SNAPSHOT = {
  officeId: '00000000-0000-4000-8000-000000000201',
  memberId: '00000000-0000-4000-8000-000000000202',
  spaceId: '00000000-0000-4000-8000-000000000203',
  threadId: '00000000-0000-4000-8000-000000000204',
  stackId: '00000000-0000-4000-8000-000000000205',
} as const;

export const SNAPSHOT_VIEWER: Viewer = { memberId: SNAPSHOT.memberId, officeId: SNAPSHOT.officeId, role: Role.MEMBER };

/** An office, member, space, thread and stack version 1 of SNAPSHOT. */
export async function snapshotStack(db: EntityManager): Promise<typeof SNAPSHOT> {
  await db.query(`INSERT INTO office (id, code, name) VALUES ($1, 'XS', 'Snapshot Office')`, [SNAPSHOT.officeId]);
  await db.query(
    `INSERT INTO member (id, email, display_name, office_id) VALUES ($1, 'stacks@example.org', 'Snapshot', $2)`,
    [SNAPSHOT.memberId, SNAPSHOT.officeId],
  );
  await db.query(`INSERT INTO space (id, slug, title, position) VALUES ($1, 'snapshot-stacks', 'Snapshot', 98)`, [
    SNAPSHOT.spaceId,
  ]);
  await db.query(
    `INSERT INTO thread (id, space_id, title, author_id, office_id, visibility) VALUES ($1, $2, 'Stack', $3, $4, 'COMMUNITY')`,
    [SNAPSHOT.threadId, SNAPSHOT.spaceId, SNAPSHOT.memberId, SNAPSHOT.officeId],
  );
  await db.query(
    `INSERT INTO tech_stack (id, office_id, version, thread_id, author_id, visibility) VALUES ($1, $2, 1, $3, $4, 'COMMUNITY')`,
    [SNAPSHOT.stackId, SNAPSHOT.officeId, SNAPSHOT.threadId, SNAPSHOT.memberId],
  );
  return SNAPSHOT;
}
