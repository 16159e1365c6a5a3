-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- ReviewsRepository.insert
INSERT INTO strategy_review (strategy_id, year, author_id, summary, what_changed, goal_statuses)
VALUES ($1, $2, $3, $4, $5, $6::jsonb)
ON CONFLICT (strategy_id, year) DO NOTHING
RETURNING
  id;

-- ReviewsRepository.of
SELECT
  r.id,
  r.strategy_id,
  r.year,
  r.summary,
  r.what_changed,
  r.goal_statuses,
  r.created_at
FROM strategy_review r
WHERE r.strategy_id = ANY($1::uuid[])
ORDER BY
  r.strategy_id,
  r.year DESC;
