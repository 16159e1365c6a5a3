-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- ReactionsRepository.add
INSERT INTO post_reaction (post_id, member_id, kind)
VALUES ($1, $2, $3)
ON CONFLICT DO NOTHING;

-- ReactionsRepository.remove
DELETE FROM post_reaction
WHERE post_id = $1 AND member_id = $2 AND kind = $3;

-- ReactionsRepository.countsFor
SELECT
  post_id,
  kind,
  count(*)::int AS count,
  COALESCE(bool_or(member_id = $2::uuid), false) AS mine
FROM post_reaction
WHERE post_id = ANY($1::uuid[])
GROUP BY
  post_id,
  kind
ORDER BY
  kind;
