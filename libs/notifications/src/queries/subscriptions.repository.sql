-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- SubscriptionsRepository.upsert
INSERT INTO topic_subscription (member_id, level, space_id)
VALUES ($1, $2, $3)
ON CONFLICT (member_id, space_id)
WHERE space_id IS NOT NULL
DO UPDATE SET
  level = EXCLUDED.level
RETURNING
  id,
  member_id,
  level,
  space_id,
  thread_id,
  tag,
  office_id;

-- SubscriptionsRepository.watchUnlessChosen
INSERT INTO topic_subscription (member_id, level, thread_id)
VALUES ($1, 'WATCHING', $2)
ON CONFLICT (member_id, thread_id)
WHERE thread_id IS NOT NULL DO NOTHING;

-- SubscriptionsRepository.ofMember
SELECT
  id,
  member_id,
  level,
  space_id,
  thread_id,
  tag,
  office_id
FROM topic_subscription
WHERE member_id = $1
ORDER BY
  created_at,
  id;

-- SubscriptionsRepository.delete
DELETE FROM topic_subscription
WHERE id = $1 AND member_id = $2;

-- SubscriptionsRepository.levelsFor
SELECT DISTINCT
  ON (member_id) member_id,
  level
FROM topic_subscription
WHERE thread_id = $1 OR space_id = $2 OR tag = ANY($3::text[]) OR office_id = $4
ORDER BY
  member_id,
  CASE WHEN thread_id IS NOT NULL THEN 0 WHEN tag IS NOT NULL THEN 1 WHEN space_id IS NOT NULL THEN 2 ELSE 3 END,
  CASE level WHEN 'MUTED' THEN 0 WHEN 'WATCHING' THEN 1 ELSE 2 END;

-- SubscriptionsRepository.decidingFor
SELECT
  id,
  level
FROM topic_subscription
WHERE member_id = $1 AND (thread_id = $2 OR space_id = $3 OR tag = ANY($4::text[]) OR office_id = $5)
ORDER BY
  CASE WHEN thread_id IS NOT NULL THEN 0 WHEN tag IS NOT NULL THEN 1 WHEN space_id IS NOT NULL THEN 2 ELSE 3 END,
  CASE level WHEN 'MUTED' THEN 0 WHEN 'WATCHING' THEN 1 ELSE 2 END
LIMIT 1;
