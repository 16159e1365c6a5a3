-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- DigestsRepository.claimPlan
INSERT INTO digest_plan (frequency, period_start)
VALUES ($1, $2)
ON CONFLICT DO NOTHING
RETURNING
  frequency;

-- DigestsRepository.dueMembers
SELECT
  n.member_id
FROM notification n
LEFT JOIN email_setting s ON s.member_id = n.member_id
WHERE n.created_at >= $2 AND n.created_at < $3 AND COALESCE(s.frequency, $4::email_frequency) = $1
GROUP BY
  n.member_id;

-- DigestsRepository.ofPeriod
SELECT
  id,
  member_id,
  thread_id,
  post_id,
  reason,
  created_at
FROM notification
WHERE member_id = $1 AND created_at >= $2 AND created_at < $3
ORDER BY
  created_at,
  id;

-- DigestsRepository.byId
SELECT
  id,
  member_id,
  thread_id,
  post_id,
  reason,
  created_at
FROM notification
WHERE id = $1;
