-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- ReportsRepository.insert
INSERT INTO experience_report (office_id, author_id, thread_id, title, project_name, delivery_model, phases, recommendations, technologies, technology_keys, outcome, lessons_learned, planned_months, actual_months, budget_band, team_size_band, sourcing_notes, would_do_again, language, visibility, shared_with_office_ids)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
ON CONFLICT (thread_id) DO NOTHING
RETURNING
  id;

-- ReportsRepository.idByThread
SELECT
  r.id
FROM experience_report r
WHERE r.thread_id = $1;

-- ReportsRepository.visibleByIds
SELECT
  r.id,
  r.office_id,
  r.author_id,
  r.thread_id,
  r.title,
  r.project_name,
  r.delivery_model,
  CAST(r.phases AS text[]) AS phases,
  r.recommendations,
  r.technologies,
  r.technology_keys,
  r.outcome,
  r.lessons_learned,
  r.planned_months,
  r.actual_months,
  r.budget_band,
  r.team_size_band,
  r.sourcing_notes,
  r.would_do_again,
  r.language,
  r.visibility,
  r.shared_with_office_ids,
  r.created_at,
  r.updated_at,
  to_char(r.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
FROM experience_report r
WHERE r.id = ANY(CAST($1 AS uuid[])) AND (r.visibility IN ($2, $3) OR (r.visibility IN ($4, $5) AND r.office_id = CAST($6 AS uuid)) OR (r.visibility = $4 AND CAST($6 AS uuid) = ANY(r.shared_with_office_ids)));

-- ReportsRepository.lockVisible
SELECT
  r.id,
  r.office_id,
  r.author_id,
  r.thread_id,
  r.title,
  r.project_name,
  r.delivery_model,
  CAST(r.phases AS text[]) AS phases,
  r.recommendations,
  r.technologies,
  r.technology_keys,
  r.outcome,
  r.lessons_learned,
  r.planned_months,
  r.actual_months,
  r.budget_band,
  r.team_size_band,
  r.sourcing_notes,
  r.would_do_again,
  r.language,
  r.visibility,
  r.shared_with_office_ids,
  r.created_at,
  r.updated_at,
  to_char(r.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
FROM experience_report r
WHERE r.id = $1 AND (r.visibility IN ($2, $3) OR (r.visibility IN ($4, $5) AND r.office_id = CAST($6 AS uuid)) OR (r.visibility = $4 AND CAST($6 AS uuid) = ANY(r.shared_with_office_ids)))
FOR NO KEY UPDATE;

-- ReportsRepository.update
UPDATE experience_report
SET
  project_name = $2,
  delivery_model = $3,
  phases = $4,
  recommendations = $5,
  technologies = $6,
  technology_keys = $7,
  outcome = $8,
  lessons_learned = $9,
  planned_months = $10,
  actual_months = $11,
  budget_band = $12,
  team_size_band = $13,
  sourcing_notes = $14,
  would_do_again = $15,
  updated_at = clock_timestamp()
WHERE id = $1;

-- ReportsRepository.insertRevision
INSERT INTO experience_report_revision (report_id, content, written_at, replaced_by_id)
VALUES ($1, $2::jsonb, $3, $4);

-- ReportsRepository.revisionsOf
SELECT
  v.id,
  v.report_id,
  v.content,
  v.written_at,
  v.created_at
FROM experience_report_revision v
WHERE v.report_id = ANY($1::uuid[])
ORDER BY
  v.report_id,
  v.created_at,
  v.id;

-- ReportsRepository.page
SELECT
  r.id,
  r.office_id,
  r.author_id,
  r.thread_id,
  r.title,
  r.project_name,
  r.delivery_model,
  CAST(r.phases AS text[]) AS phases,
  r.recommendations,
  r.technologies,
  r.technology_keys,
  r.outcome,
  r.lessons_learned,
  r.planned_months,
  r.actual_months,
  r.budget_band,
  r.team_size_band,
  r.sourcing_notes,
  r.would_do_again,
  r.language,
  r.visibility,
  r.shared_with_office_ids,
  r.created_at,
  r.updated_at,
  to_char(r.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
FROM experience_report r
WHERE (r.visibility IN ($1, $2) OR (r.visibility IN ($3, $4) AND r.office_id = CAST($5 AS uuid)) OR (r.visibility = $3 AND CAST($5 AS uuid) = ANY(r.shared_with_office_ids))) AND (CAST($6 AS delivery_model) IS NULL OR r.delivery_model = CAST($6 AS delivery_model)) AND (CAST($7 AS project_phase) IS NULL OR r.phases @> ARRAY[CAST($7 AS project_phase)]) AND (CAST($8 AS int) IS NULL OR r.recommendations @> ARRAY[CAST($8 AS int)]) AND (CAST($9 AS text) IS NULL OR r.technology_keys @> ARRAY[CAST($9 AS text)]) AND (CAST($10 AS uuid[]) IS NULL OR r.office_id = ANY(CAST($10 AS uuid[]))) AND (CAST($11 AS language) IS NULL OR r.language = CAST($11 AS language)) AND (CAST($12 AS boolean) IS NULL OR (r.planned_months IS NOT NULL AND r.actual_months IS NOT NULL AND (r.actual_months > r.planned_months) = CAST($12 AS boolean))) AND (CAST($13 AS text) IS NULL OR r.title ILIKE CAST($13 AS text) OR r.project_name ILIKE CAST($13 AS text) OR r.outcome ILIKE CAST($13 AS text) OR r.lessons_learned ILIKE CAST($13 AS text)) AND (CAST($14 AS uuid) IS NULL OR (r.updated_at, r.id) < (CAST($15 AS timestamptz), CAST($14 AS uuid)))
ORDER BY
  r.updated_at DESC,
  r.id DESC
LIMIT CAST($16 AS int);

-- ReportsRepository.stats
SELECT
  count(*)::int AS count,
  count(*) FILTER (
  WHERE r.delivery_model = 'IN_HOUSE')::int AS in_house,
  count(*) FILTER (
  WHERE r.delivery_model = 'EXTERNAL')::int AS external,
  count(*) FILTER (
  WHERE r.delivery_model = 'HYBRID')::int AS hybrid,
  count(r.actual_months - r.planned_months)::int AS with_durations,
  count(*) FILTER (
  WHERE r.actual_months > r.planned_months)::int AS overrun,
  percentile_cont(0.5) WITHIN GROUP (
  ORDER BY
    r.actual_months - r.planned_months) AS median_overrun
FROM experience_report r
WHERE (r.visibility IN ($1, $2) OR (r.visibility IN ($3, $4) AND r.office_id = CAST($5 AS uuid)) OR (r.visibility = $3 AND CAST($5 AS uuid) = ANY(r.shared_with_office_ids))) AND (CAST($6 AS delivery_model) IS NULL OR r.delivery_model = CAST($6 AS delivery_model)) AND (CAST($7 AS project_phase) IS NULL OR r.phases @> ARRAY[CAST($7 AS project_phase)]) AND (CAST($8 AS int) IS NULL OR r.recommendations @> ARRAY[CAST($8 AS int)]) AND (CAST($9 AS text) IS NULL OR r.technology_keys @> ARRAY[CAST($9 AS text)]) AND (CAST($10 AS uuid[]) IS NULL OR r.office_id = ANY(CAST($10 AS uuid[]))) AND (CAST($11 AS language) IS NULL OR r.language = CAST($11 AS language)) AND (CAST($12 AS boolean) IS NULL OR (r.planned_months IS NOT NULL AND r.actual_months IS NOT NULL AND (r.actual_months > r.planned_months) = CAST($12 AS boolean))) AND (CAST($13 AS text) IS NULL OR r.title ILIKE CAST($13 AS text) OR r.project_name ILIKE CAST($13 AS text) OR r.outcome ILIKE CAST($13 AS text) OR r.lessons_learned ILIKE CAST($13 AS text));

-- ReportsRepository.coverage
SELECT
  n.recommendation,
  count(r.id)::int AS reports,
  COALESCE(array_agg(DISTINCT r.office_id) FILTER (
    WHERE r.id IS NOT NULL), '{}') AS office_ids
FROM unnest(CAST($1 AS int[])) AS n(recommendation)
LEFT JOIN experience_report r ON r.recommendations @> ARRAY[n.recommendation] AND (r.visibility IN ($2, $3) OR (r.visibility IN ($4, $5) AND r.office_id = CAST($6 AS uuid)) OR (r.visibility = $4 AND CAST($6 AS uuid) = ANY(r.shared_with_office_ids)))
GROUP BY
  n.recommendation;

-- ReportsRepository.setVisibility
UPDATE experience_report
SET
  visibility = $2,
  shared_with_office_ids = $3
WHERE id = $1;
