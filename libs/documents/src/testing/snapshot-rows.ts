import type { EntityManager } from 'typeorm';

// Rows a recorded repository method needs, made inside the snapshot's rolled-back transaction (in no snapshot).
export const SNAPSHOT = {
  officeId: '00000000-0000-4000-8000-00000000d001',
  memberId: '00000000-0000-4000-8000-00000000d002',
  spaceId: '00000000-0000-4000-8000-00000000d003',
  threadId: '00000000-0000-4000-8000-00000000d004',
  postId: '00000000-0000-4000-8000-00000000d005',
  documentId: '00000000-0000-4000-8000-00000000d006',
  sha256: 'b'.repeat(64),
};

/** An office, a member, a thread with its opening post, and one unattached document of the member. */
export async function snapshotDocument(db: EntityManager): Promise<typeof SNAPSHOT> {
  const s = SNAPSHOT;
  await db.query(`INSERT INTO office (id, code, name) VALUES ($1, 'XD', 'Snapshot Office')`, [s.officeId]);
  await db.query(
    `INSERT INTO member (id, email, display_name, office_id) VALUES ($1, 'documents@example.org', 'Snapshot', $2)`,
    [s.memberId, s.officeId],
  );
  await db.query(`INSERT INTO space (id, slug, title, position) VALUES ($1, 'snapshot-documents', 'Snapshot', 97)`, [
    s.spaceId,
  ]);
  await db.query(
    `INSERT INTO thread (id, space_id, title, author_id, office_id, visibility) VALUES ($1, $2, 'Files', $3, $4, 'COMMUNITY')`,
    [s.threadId, s.spaceId, s.memberId, s.officeId],
  );
  await db.query(
    `INSERT INTO post (id, thread_id, path, depth, author_id, body, body_html) VALUES ($1, $2, '00000001', 0, $3, 'b', 'b')`,
    [s.postId, s.threadId, s.memberId],
  );
  await db.query(`INSERT INTO document_blob (sha256, size) VALUES ($1, 3)`, [s.sha256]);
  await db.query(
    `INSERT INTO document (id, owner_id, name, content_type, size, sha256) VALUES ($1, $2, 'a.pdf', 'application/pdf', 3, $3)`,
    [s.documentId, s.memberId, s.sha256],
  );
  return s;
}
