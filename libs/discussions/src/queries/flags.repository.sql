-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- FlagsRepository.insertOpen
INSERT INTO post_flag AS f (post_id, member_id, reason)
VALUES ($1, $2, $3)
ON CONFLICT (post_id, member_id)
WHERE status = 'OPEN' DO NOTHING
RETURNING
  f.id,
  f.post_id,
  f.member_id,
  f.reason,
  f.status,
  f.created_at,
  f.resolved_at;

-- FlagsRepository.queuePage
SELECT
  f.id,
  f.post_id,
  f.member_id,
  f.reason,
  f.status,
  f.created_at,
  f.resolved_at,
  to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
FROM post_flag f
JOIN post p ON p.id = f.post_id
JOIN thread t ON t.id = p.thread_id
WHERE f.status = CAST($1 AS flag_status) AND (t.visibility IN ($2, $3) OR (t.visibility IN ($4, $5) AND t.office_id = CAST($6 AS uuid)) OR (t.visibility = $4 AND CAST($6 AS uuid) = ANY(t.shared_with_office_ids))) AND (CAST($7 AS uuid) IS NULL OR (f.created_at, f.id) > (CAST($8 AS timestamptz), CAST($7 AS uuid)))
ORDER BY
  f.created_at,
  f.id
LIMIT CAST($9 AS int);

-- FlagsRepository.queueCount
SELECT
  count(*)::int AS n
FROM post_flag f
JOIN post p ON p.id = f.post_id
JOIN thread t ON t.id = p.thread_id
WHERE f.status = CAST($1 AS flag_status) AND (t.visibility IN ($2, $3) OR (t.visibility IN ($4, $5) AND t.office_id = CAST($6 AS uuid)) OR (t.visibility = $4 AND CAST($6 AS uuid) = ANY(t.shared_with_office_ids)));

-- FlagsRepository.postOf
SELECT
  post_id
FROM post_flag
WHERE id = $1;

-- FlagsRepository.lockOfPost
SELECT
  f.id,
  f.post_id,
  f.member_id,
  f.reason,
  f.status,
  f.created_at,
  f.resolved_at
FROM post_flag f
WHERE f.post_id = $1
ORDER BY
  f.id
FOR UPDATE;

-- FlagsRepository.settle
UPDATE post_flag
SET
  status = $2,
  resolved_by_id = $3,
  resolved_at = now()
WHERE id = $1;

-- FlagsRepository.settleOpenOfPost
UPDATE post_flag
SET
  status = $2,
  resolved_by_id = $3,
  resolved_at = now()
WHERE post_id = $1 AND status = 'OPEN';

-- FlagsRepository.byId
SELECT
  f.id,
  f.post_id,
  f.member_id,
  f.reason,
  f.status,
  f.created_at,
  f.resolved_at
FROM post_flag f
WHERE f.id = $1;
