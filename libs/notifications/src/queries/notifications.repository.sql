-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- NotificationsRepository.insertMany
INSERT INTO notification (member_id, event_id, thread_id, post_id, reason, created_at)
SELECT
  r.member_id,
  $1,
  $2,
  $3,
  r.reason,
  date_trunc('milliseconds', now())
FROM unnest($4::uuid[], $5::text[]) AS r(member_id, reason)
ON CONFLICT (event_id, member_id) DO NOTHING
RETURNING
  id,
  member_id,
  thread_id,
  post_id,
  reason,
  created_at,
  read_at,
  1 AS group_count;

-- NotificationsRepository.page
SELECT
  *
FROM (
  SELECT DISTINCT
    ON (thread_id) id,
    member_id,
    thread_id,
    post_id,
    reason,
    created_at,
    read_at,
    count(*) OVER (PARTITION BY thread_id)::int AS group_count
  FROM notification
  WHERE member_id = $1 AND (NOT $2 OR read_at IS NULL) AND NOT thread_id = ANY($6::uuid[])
  ORDER BY
    thread_id,
    created_at DESC,
    id DESC) n
WHERE $3::timestamptz IS NULL OR (n.created_at, n.id) < ($3::timestamptz, $4::uuid)
ORDER BY
  n.created_at DESC,
  n.id DESC
LIMIT $5;

-- NotificationsRepository.counts
SELECT
  CASE WHEN $3 THEN count(DISTINCT thread_id) FILTER (
  WHERE NOT $2 OR read_at IS NULL) ELSE count(*) FILTER (
  WHERE NOT $2 OR read_at IS NULL) END::int AS total,
  count(*) FILTER (
  WHERE read_at IS NULL)::int AS unread
FROM notification
WHERE member_id = $1 AND NOT thread_id = ANY($4::uuid[]);

-- NotificationsRepository.threadIdsOf
SELECT DISTINCT
  thread_id
FROM notification
WHERE member_id = $1;

-- NotificationsRepository.markRead
UPDATE notification
SET
  read_at = now()
WHERE member_id = $1 AND read_at IS NULL AND ($2 OR id = ANY($3::uuid[]) OR thread_id = ANY($4::uuid[]));
