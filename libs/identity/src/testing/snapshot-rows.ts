import type { EntityManager } from 'typeorm';

// Rows that a recorded repository method needs (foreign keys, or a row to find so that every statement of the
// method runs), made inside the snapshot's transaction, which is rolled back: these statements are in no snapshot.

export const SNAPSHOT_EMAIL = 'snapshot@example.org';

export async function snapshotOfficeId(db: EntityManager): Promise<string> {
  const [{ id }] = (await db.query(
    `INSERT INTO office (code, name) VALUES ('XS', 'Snapshot Office') RETURNING id`,
  )) as { id: string }[];
  return id;
}

export async function snapshotMember(db: EntityManager): Promise<{ id: string; officeId: string }> {
  const officeId = await snapshotOfficeId(db);
  const [{ id }] = (await db.query(
    `INSERT INTO member (email, display_name, office_id) VALUES ($1, 'Snapshot', $2) RETURNING id`,
    [SNAPSHOT_EMAIL, officeId],
  )) as { id: string }[];
  return { id, officeId };
}

export const snapshotMemberId = async (db: EntityManager): Promise<string> => (await snapshotMember(db)).id;

export async function snapshotSessionId(db: EntityManager): Promise<string> {
  const [{ id }] = (await db.query(`INSERT INTO session (member_id) VALUES ($1) RETURNING id`, [
    await snapshotMemberId(db),
  ])) as { id: string }[];
  return id;
}
