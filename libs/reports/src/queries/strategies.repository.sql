-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- StrategiesRepository.insert
INSERT INTO ict_strategy (office_id, author_id, thread_id, title, period_start, period_end, language, summary, body, goals, visibility, shared_with_office_ids)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
ON CONFLICT (thread_id) DO NOTHING
RETURNING
  id;

-- StrategiesRepository.idByThread
SELECT
  s.id
FROM ict_strategy s
WHERE s.thread_id = $1;

-- StrategiesRepository.recordVersion
INSERT INTO ict_strategy_version (strategy_id, version, author_id, title, period_start, period_end, language, summary, body, goals, created_at)
SELECT
  s.id,
  $2,
  $3,
  s.title,
  s.period_start,
  s.period_end,
  s.language,
  s.summary,
  s.body,
  s.goals,
  s.updated_at
FROM ict_strategy s
WHERE s.id = $1;

-- StrategiesRepository.update
UPDATE ict_strategy
SET
  title = $2,
  period_start = $3,
  period_end = $4,
  language = $5,
  summary = $6,
  body = $7,
  goals = $8,
  version = version + 1,
  updated_at = clock_timestamp()
WHERE id = $1
RETURNING
  version;

-- StrategiesRepository.findVisible
SELECT
  s.id,
  s.office_id,
  s.author_id,
  s.thread_id,
  s.title,
  s.period_start,
  s.period_end,
  s.language,
  s.summary,
  s.body,
  s.goals,
  s.version,
  s.visibility,
  s.shared_with_office_ids,
  s.created_at,
  s.updated_at,
  to_char(s.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
  EXISTS (
  SELECT
    1
  FROM ict_strategy later
  WHERE later.office_id = s.office_id AND later.period_start > s.period_start AND (later.visibility IN ($1, $2) OR (later.visibility IN ($3, $4) AND later.office_id = CAST($5 AS uuid)) OR (later.visibility = $3 AND CAST($5 AS uuid) = ANY(later.shared_with_office_ids)))) AS superseded
FROM ict_strategy s
WHERE s.id = ANY(CAST($6 AS uuid[])) AND (s.visibility IN ($7, $8) OR (s.visibility IN ($9, $10) AND s.office_id = CAST($11 AS uuid)) OR (s.visibility = $9 AND CAST($11 AS uuid) = ANY(s.shared_with_office_ids)));

-- StrategiesRepository.lockVisible
SELECT
  s.id,
  s.office_id,
  s.author_id,
  s.thread_id,
  s.title,
  s.period_start,
  s.period_end,
  s.language,
  s.summary,
  s.body,
  s.goals,
  s.version,
  s.visibility,
  s.shared_with_office_ids,
  s.created_at,
  s.updated_at,
  to_char(s.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
  EXISTS (
  SELECT
    1
  FROM ict_strategy later
  WHERE later.office_id = s.office_id AND later.period_start > s.period_start AND (later.visibility IN ($1, $2) OR (later.visibility IN ($3, $4) AND later.office_id = CAST($5 AS uuid)) OR (later.visibility = $3 AND CAST($5 AS uuid) = ANY(later.shared_with_office_ids)))) AS superseded
FROM ict_strategy s
WHERE s.id = $6 AND (s.visibility IN ($7, $8) OR (s.visibility IN ($9, $10) AND s.office_id = CAST($11 AS uuid)) OR (s.visibility = $9 AND CAST($11 AS uuid) = ANY(s.shared_with_office_ids)))
FOR NO KEY UPDATE OF s;

-- StrategiesRepository.visibleByIds
SELECT
  s.id,
  s.office_id,
  s.author_id,
  s.thread_id,
  s.title,
  s.period_start,
  s.period_end,
  s.language,
  s.summary,
  s.body,
  s.goals,
  s.version,
  s.visibility,
  s.shared_with_office_ids,
  s.created_at,
  s.updated_at,
  to_char(s.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
  EXISTS (
  SELECT
    1
  FROM ict_strategy later
  WHERE later.office_id = s.office_id AND later.period_start > s.period_start AND (later.visibility IN ($1, $2) OR (later.visibility IN ($3, $4) AND later.office_id = CAST($5 AS uuid)) OR (later.visibility = $3 AND CAST($5 AS uuid) = ANY(later.shared_with_office_ids)))) AS superseded
FROM ict_strategy s
WHERE s.id = ANY(CAST($6 AS uuid[])) AND (s.visibility IN ($7, $8) OR (s.visibility IN ($9, $10) AND s.office_id = CAST($11 AS uuid)) OR (s.visibility = $9 AND CAST($11 AS uuid) = ANY(s.shared_with_office_ids)));

-- StrategiesRepository.page
SELECT
  s.id,
  s.office_id,
  s.author_id,
  s.thread_id,
  s.title,
  s.period_start,
  s.period_end,
  s.language,
  s.summary,
  s.body,
  s.goals,
  s.version,
  s.visibility,
  s.shared_with_office_ids,
  s.created_at,
  s.updated_at,
  to_char(s.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
  EXISTS (
  SELECT
    1
  FROM ict_strategy later
  WHERE later.office_id = s.office_id AND later.period_start > s.period_start AND (later.visibility IN ($1, $2) OR (later.visibility IN ($3, $4) AND later.office_id = CAST($5 AS uuid)) OR (later.visibility = $3 AND CAST($5 AS uuid) = ANY(later.shared_with_office_ids)))) AS superseded
FROM ict_strategy s
WHERE (s.visibility IN ($6, $7) OR (s.visibility IN ($8, $9) AND s.office_id = CAST($10 AS uuid)) OR (s.visibility = $8 AND CAST($10 AS uuid) = ANY(s.shared_with_office_ids))) AND (CAST($11 AS uuid[]) IS NULL OR s.office_id = ANY(CAST($11 AS uuid[]))) AND (CAST($12 AS int) IS NULL OR (s.period_start <= CAST($12 AS int) AND s.period_end >= CAST($12 AS int))) AND (CAST($13 AS language) IS NULL OR s.language = CAST($13 AS language)) AND (CAST($14 AS text) IS NULL OR s.title ILIKE CAST($14 AS text) OR s.summary ILIKE CAST($14 AS text) OR s.body ILIKE CAST($14 AS text)) AND (CAST($15 AS uuid) IS NULL OR (s.updated_at, s.id) < (CAST($16 AS timestamptz), CAST($15 AS uuid)))
ORDER BY
  s.updated_at DESC,
  s.id DESC
LIMIT CAST($17 AS int);

-- StrategiesRepository.count
SELECT
  count(*)::int AS n
FROM ict_strategy s
WHERE (s.visibility IN ($1, $2) OR (s.visibility IN ($3, $4) AND s.office_id = CAST($5 AS uuid)) OR (s.visibility = $3 AND CAST($5 AS uuid) = ANY(s.shared_with_office_ids))) AND (CAST($6 AS uuid[]) IS NULL OR s.office_id = ANY(CAST($6 AS uuid[]))) AND (CAST($7 AS int) IS NULL OR (s.period_start <= CAST($7 AS int) AND s.period_end >= CAST($7 AS int))) AND (CAST($8 AS language) IS NULL OR s.language = CAST($8 AS language)) AND (CAST($9 AS text) IS NULL OR s.title ILIKE CAST($9 AS text) OR s.summary ILIKE CAST($9 AS text) OR s.body ILIKE CAST($9 AS text));

-- StrategiesRepository.versionsOf
SELECT
  v.id,
  v.strategy_id,
  v.version,
  v.title,
  v.period_start,
  v.period_end,
  v.language,
  v.summary,
  v.body,
  v.goals,
  v.created_at
FROM ict_strategy_version v
WHERE v.strategy_id = ANY($1::uuid[])
ORDER BY
  v.strategy_id,
  v.version;

-- StrategiesRepository.visibleVersions
SELECT
  v.id,
  v.strategy_id,
  v.version,
  v.title,
  v.period_start,
  v.period_end,
  v.language,
  v.summary,
  v.body,
  v.goals,
  v.created_at
FROM ict_strategy_version v
JOIN ict_strategy s ON s.id = v.strategy_id
WHERE v.id = ANY(CAST($1 AS uuid[])) AND (s.visibility IN ($2, $3) OR (s.visibility IN ($4, $5) AND s.office_id = CAST($6 AS uuid)) OR (s.visibility = $4 AND CAST($6 AS uuid) = ANY(s.shared_with_office_ids)));

-- StrategiesRepository.coverage
SELECT
  count(*)::int AS strategies,
  COALESCE(array_agg(DISTINCT s.office_id), '{}') AS office_ids
FROM ict_strategy s
WHERE (s.visibility IN ($1, $2) OR (s.visibility IN ($3, $4) AND s.office_id = CAST($5 AS uuid)) OR (s.visibility = $3 AND CAST($5 AS uuid) = ANY(s.shared_with_office_ids)));

-- StrategiesRepository.dueForReview
SELECT
  s.id
FROM ict_strategy s
WHERE s.office_id = $1 AND s.period_start <= $2 AND s.period_end >= $2 AND NOT EXISTS (
  SELECT
    1
  FROM strategy_review r
  WHERE r.strategy_id = s.id AND r.year = $2)
ORDER BY
  s.updated_at DESC,
  s.id DESC;

-- StrategiesRepository.setVisibility
UPDATE ict_strategy
SET
  visibility = $2,
  shared_with_office_ids = $3
WHERE id = $1;
