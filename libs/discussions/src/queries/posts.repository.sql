-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- PostsRepository.findVisible
SELECT
  p.id,
  p.thread_id,
  p.parent_id,
  p.path,
  p.depth,
  p.author_id,
  p.body,
  p.body_html,
  p.created_at,
  p.edited_at,
  p.deleted,
  p.reply_count,
  t.visibility,
  t.office_id,
  t.shared_with_office_ids
FROM post p
JOIN thread t ON t.id = p.thread_id
WHERE p.id = $1 AND (t.visibility IN ($2, $3) OR (t.visibility IN ($4, $5) AND t.office_id = CAST($6 AS uuid)) OR (t.visibility = $4 AND CAST($6 AS uuid) = ANY(t.shared_with_office_ids)));

-- PostsRepository.lockVisible
SELECT
  p.id,
  p.thread_id,
  p.parent_id,
  p.path,
  p.depth,
  p.author_id,
  p.body,
  p.body_html,
  p.created_at,
  p.edited_at,
  p.deleted,
  p.reply_count,
  t.visibility,
  t.office_id,
  t.shared_with_office_ids
FROM post p
JOIN thread t ON t.id = p.thread_id
WHERE p.id = $1 AND (t.visibility IN ($2, $3) OR (t.visibility IN ($4, $5) AND t.office_id = CAST($6 AS uuid)) OR (t.visibility = $4 AND CAST($6 AS uuid) = ANY(t.shared_with_office_ids)))
FOR NO KEY UPDATE OF p;

-- PostsRepository.visibleByIds
SELECT
  p.id,
  p.thread_id,
  p.parent_id,
  p.path,
  p.depth,
  p.author_id,
  p.body,
  p.body_html,
  p.created_at,
  p.edited_at,
  p.deleted,
  p.reply_count,
  t.visibility,
  t.office_id,
  t.shared_with_office_ids
FROM post p
JOIN thread t ON t.id = p.thread_id
WHERE p.id = ANY(CAST($1 AS uuid[])) AND (t.visibility IN ($2, $3) OR (t.visibility IN ($4, $5) AND t.office_id = CAST($6 AS uuid)) OR (t.visibility = $4 AND CAST($6 AS uuid) = ANY(t.shared_with_office_ids)));

-- PostsRepository.pageOfThread
SELECT
  p.id,
  p.thread_id,
  p.parent_id,
  p.path,
  p.depth,
  p.author_id,
  p.body,
  p.body_html,
  p.created_at,
  p.edited_at,
  p.deleted,
  p.reply_count,
  COALESCE((
    SELECT
      json_agg(json_build_object('kind', r.kind, 'count', r.count, 'reactedByMe', r.mine)
      ORDER BY
        r.kind)
    FROM (
      SELECT
        kind,
        count(*)::int AS count,
        COALESCE(bool_or(member_id = $4::uuid), false) AS mine
      FROM post_reaction
      WHERE post_id = p.id
      GROUP BY
        kind) r), '[]'::json) AS reactions
FROM post p
WHERE p.thread_id = $1 AND ($2::text IS NULL OR p.path > $2::text COLLATE "C")
ORDER BY
  p.path COLLATE "C"
LIMIT $3;

-- PostsRepository.countInThread
SELECT
  count(*)::int AS n
FROM post
WHERE thread_id = $1;

-- PostsRepository.openingOf
SELECT
  id,
  path,
  depth
FROM post
WHERE thread_id = $1
ORDER BY
  path
LIMIT 1;

-- PostsRepository.lockForReply
SELECT
  id,
  thread_id,
  path,
  depth,
  deleted
FROM post
WHERE id = $1
FOR SHARE;

-- PostsRepository.insert
INSERT INTO post AS p (thread_id, parent_id, path, depth, author_id, body, body_html, client_mutation_id, created_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, clock_timestamp())
ON CONFLICT (author_id, client_mutation_id)
WHERE client_mutation_id IS NOT NULL DO NOTHING
RETURNING
  p.id,
  p.thread_id,
  p.parent_id,
  p.path,
  p.depth,
  p.author_id,
  p.body,
  p.body_html,
  p.created_at,
  p.edited_at,
  p.deleted,
  p.reply_count;

-- PostsRepository.insertOpening
INSERT INTO post (thread_id, parent_id, path, depth, author_id, body, body_html)
VALUES ($1, NULL, $2, 0, $3, $4, $5)
RETURNING
  id;

-- PostsRepository.byClientMutationId
SELECT
  p.id,
  p.thread_id,
  p.parent_id,
  p.path,
  p.depth,
  p.author_id,
  p.body,
  p.body_html,
  p.created_at,
  p.edited_at,
  p.deleted,
  p.reply_count
FROM post p
WHERE p.author_id = $1 AND p.client_mutation_id = $2;

-- PostsRepository.replaceBody
UPDATE post p
SET
  body = $2,
  body_html = $3,
  edited_at = clock_timestamp()
WHERE p.id = $1
RETURNING
  p.id,
  p.thread_id,
  p.parent_id,
  p.path,
  p.depth,
  p.author_id,
  p.body,
  p.body_html,
  p.created_at,
  p.edited_at,
  p.deleted,
  p.reply_count;

-- PostsRepository.markDeleted
UPDATE post p
SET
  deleted = true,
  body = '',
  body_html = ''
WHERE p.id = $1
RETURNING
  p.id,
  p.thread_id,
  p.parent_id,
  p.path,
  p.depth,
  p.author_id,
  p.body,
  p.body_html,
  p.created_at,
  p.edited_at,
  p.deleted,
  p.reply_count;

-- PostsRepository.addRevision
INSERT INTO post_revision (post_id, body, written_at, replaced_by_id, created_at)
VALUES ($1, $2, $3, $4, clock_timestamp());

-- PostsRepository.deleteRevisions
DELETE FROM post_revision
WHERE post_id = $1;

-- PostsRepository.revisionsOf
SELECT
  id,
  post_id,
  body,
  written_at,
  created_at,
  replaced_by_id
FROM post_revision
WHERE post_id = ANY($1::uuid[])
ORDER BY
  created_at,
  id;
