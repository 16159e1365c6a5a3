-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- ThreadsRepository.findVisible
SELECT
  t.id,
  t.space_id,
  t.title,
  t.kind,
  t.author_id,
  t.office_id,
  t.visibility,
  t.shared_with_office_ids,
  t.language,
  t.tags,
  t.locked,
  t.pinned,
  t.created_at,
  t.last_activity_at,
  t.post_count,
  t.last_post_sequence
FROM thread t
WHERE t.id = $1 AND (t.visibility IN ($2, $3) OR (t.visibility IN ($4, $5) AND t.office_id = CAST($6 AS uuid)) OR (t.visibility = $4 AND CAST($6 AS uuid) = ANY(t.shared_with_office_ids)));

-- ThreadsRepository.lockVisible
SELECT
  t.id,
  t.space_id,
  t.title,
  t.kind,
  t.author_id,
  t.office_id,
  t.visibility,
  t.shared_with_office_ids,
  t.language,
  t.tags,
  t.locked,
  t.pinned,
  t.created_at,
  t.last_activity_at,
  t.post_count,
  t.last_post_sequence
FROM thread t
WHERE t.id = $1 AND (t.visibility IN ($2, $3) OR (t.visibility IN ($4, $5) AND t.office_id = CAST($6 AS uuid)) OR (t.visibility = $4 AND CAST($6 AS uuid) = ANY(t.shared_with_office_ids)))
FOR NO KEY UPDATE;

-- ThreadsRepository.visibleByIds
SELECT
  t.id,
  t.space_id,
  t.title,
  t.kind,
  t.author_id,
  t.office_id,
  t.visibility,
  t.shared_with_office_ids,
  t.language,
  t.tags,
  t.locked,
  t.pinned,
  t.created_at,
  t.last_activity_at,
  t.post_count,
  t.last_post_sequence
FROM thread t
WHERE t.id = ANY(CAST($1 AS uuid[])) AND (t.visibility IN ($2, $3) OR (t.visibility IN ($4, $5) AND t.office_id = CAST($6 AS uuid)) OR (t.visibility = $4 AND CAST($6 AS uuid) = ANY(t.shared_with_office_ids)));

-- ThreadsRepository.insert
INSERT INTO thread AS t (space_id, title, kind, author_id, office_id, visibility, shared_with_office_ids, language, tags, post_count, last_post_sequence, client_mutation_id)
VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8, $9::text[], 1, 1, $10)
ON CONFLICT (author_id, client_mutation_id)
WHERE client_mutation_id IS NOT NULL DO NOTHING
RETURNING
  t.id,
  t.space_id,
  t.title,
  t.kind,
  t.author_id,
  t.office_id,
  t.visibility,
  t.shared_with_office_ids,
  t.language,
  t.tags,
  t.locked,
  t.pinned,
  t.created_at,
  t.last_activity_at,
  t.post_count,
  t.last_post_sequence;

-- ThreadsRepository.byClientMutationId
SELECT
  t.id,
  t.space_id,
  t.title,
  t.kind,
  t.author_id,
  t.office_id,
  t.visibility,
  t.shared_with_office_ids,
  t.language,
  t.tags,
  t.locked,
  t.pinned,
  t.created_at,
  t.last_activity_at,
  t.post_count,
  t.last_post_sequence
FROM thread t
WHERE t.author_id = $1 AND t.client_mutation_id = $2;

-- ThreadsRepository.recordReply
WITH parent AS (
  UPDATE post
  SET
    reply_count = reply_count + 1
  WHERE id = $4)
UPDATE thread
SET
  last_post_sequence = $2,
  post_count = post_count + 1,
  last_activity_at = GREATEST(last_activity_at, $3)
WHERE id = $1;

-- ThreadsRepository.setState
UPDATE thread t
SET
  locked = $2,
  pinned = $3,
  space_id = $4
WHERE t.id = $1
RETURNING
  t.id,
  t.space_id,
  t.title,
  t.kind,
  t.author_id,
  t.office_id,
  t.visibility,
  t.shared_with_office_ids,
  t.language,
  t.tags,
  t.locked,
  t.pinned,
  t.created_at,
  t.last_activity_at,
  t.post_count,
  t.last_post_sequence;

-- ThreadsRepository.sharersInSpaces
SELECT
  t.space_id,
  count(*)::int AS threads,
  array_agg(DISTINCT t.office_id) AS office_ids
FROM thread t
WHERE t.space_id = ANY(CAST($1 AS uuid[])) AND (t.visibility IN ($2, $3) OR (t.visibility IN ($4, $5) AND t.office_id = CAST($6 AS uuid)) OR (t.visibility = $4 AND CAST($6 AS uuid) = ANY(t.shared_with_office_ids)))
GROUP BY
  t.space_id;

-- ThreadsRepository.setVisibility
UPDATE thread t
SET
  visibility = $2,
  shared_with_office_ids = $3
WHERE t.id = $1
RETURNING
  t.id,
  t.space_id,
  t.title,
  t.kind,
  t.author_id,
  t.office_id,
  t.visibility,
  t.shared_with_office_ids,
  t.language,
  t.tags,
  t.locked,
  t.pinned,
  t.created_at,
  t.last_activity_at,
  t.post_count,
  t.last_post_sequence;

-- ThreadsRepository.pagesInSpaces
SELECT
  page.*
FROM unnest(CAST($1 AS uuid[]))
WITH ORDINALITY AS s(id, position) CROSS
JOIN LATERAL (
  SELECT
    t.id,
    t.space_id,
    t.title,
    t.kind,
    t.author_id,
    t.office_id,
    t.visibility,
    t.shared_with_office_ids,
    t.language,
    t.tags,
    t.locked,
    t.pinned,
    t.created_at,
    t.last_activity_at,
    t.post_count,
    t.last_post_sequence,
    to_char(t.last_activity_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
  FROM thread t
  WHERE t.space_id = s.id AND (t.visibility IN ($2, $3) OR (t.visibility IN ($4, $5) AND t.office_id = CAST($6 AS uuid)) OR (t.visibility = $4 AND CAST($6 AS uuid) = ANY(t.shared_with_office_ids))) AND (CAST($7 AS thread_kind) IS NULL OR t.kind = CAST($7 AS thread_kind)) AND (CAST($8 AS text) IS NULL OR t.tags @> ARRAY[CAST($8 AS text)]) AND (CAST($9 AS uuid) IS NULL OR t.office_id = CAST($9 AS uuid)) AND (CAST($10 AS uuid) IS NULL OR (t.pinned, t.last_activity_at, t.id) < (CAST($11 AS boolean), CAST($12 AS timestamptz), CAST($10 AS uuid)))
  ORDER BY
    t.pinned DESC,
    t.last_activity_at DESC,
    t.id DESC
  LIMIT CAST($13 AS int)) page
ORDER BY
  s.position,
  page.pinned DESC,
  page.last_activity_at DESC,
  page.id DESC;

-- ThreadsRepository.countsInSpaces
SELECT
  t.space_id,
  count(*)::int AS n
FROM thread t
WHERE t.space_id = ANY(CAST($1 AS uuid[])) AND (t.visibility IN ($2, $3) OR (t.visibility IN ($4, $5) AND t.office_id = CAST($6 AS uuid)) OR (t.visibility = $4 AND CAST($6 AS uuid) = ANY(t.shared_with_office_ids))) AND (CAST($7 AS thread_kind) IS NULL OR t.kind = CAST($7 AS thread_kind)) AND (CAST($8 AS text) IS NULL OR t.tags @> ARRAY[CAST($8 AS text)]) AND (CAST($9 AS uuid) IS NULL OR t.office_id = CAST($9 AS uuid))
GROUP BY
  t.space_id;
