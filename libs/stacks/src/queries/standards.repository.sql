-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- StandardsRepository.upsertStandards
INSERT INTO wipo_standard (code, title, position)
SELECT
  x.code,
  x.title,
  x.position
FROM jsonb_to_recordset($1::jsonb) AS x(code text, title text, position int)
ON CONFLICT (code)
DO UPDATE SET
  title = EXCLUDED.title,
  position = EXCLUDED.position;

-- StandardsRepository.standards
SELECT
  code,
  title
FROM wipo_standard
ORDER BY
  position;

-- StandardsRepository.insert
INSERT INTO standard_status AS s (office_id, standard_code, ip_right, status, explanation, plan_date, comment, visibility, shared_with_office_ids, author_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
RETURNING
  s.id,
  s.office_id,
  s.standard_code,
  s.ip_right,
  s.status,
  s.explanation,
  to_char(s.plan_date, 'YYYY-MM-DD') AS plan_date,
  s.comment,
  s.visibility,
  s.reported_at;

-- StandardsRepository.current
SELECT DISTINCT
  ON (s.office_id, s.standard_code, s.ip_right) s.id,
  s.office_id,
  s.standard_code,
  s.ip_right,
  s.status,
  s.explanation,
  to_char(s.plan_date, 'YYYY-MM-DD') AS plan_date,
  s.comment,
  s.visibility,
  s.reported_at
FROM standard_status s
WHERE (s.visibility IN ($1, $2) OR (s.visibility IN ($3, $4) AND s.office_id = CAST($5 AS uuid)) OR (s.visibility = $3 AND CAST($5 AS uuid) = ANY(s.shared_with_office_ids))) AND (CAST($6 AS uuid[]) IS NULL OR s.office_id = ANY(CAST($6 AS uuid[]))) AND (CAST($7 AS text) IS NULL OR s.standard_code = CAST($7 AS text)) AND (CAST($8 AS ip_right) IS NULL OR s.ip_right = CAST($8 AS ip_right))
ORDER BY
  s.office_id,
  s.standard_code,
  s.ip_right,
  s.reported_at DESC,
  s.id DESC;

-- StandardsRepository.history
SELECT
  s.id,
  s.office_id,
  s.standard_code,
  s.ip_right,
  s.status,
  s.explanation,
  to_char(s.plan_date, 'YYYY-MM-DD') AS plan_date,
  s.comment,
  s.visibility,
  s.reported_at
FROM standard_status s
WHERE s.office_id = $1 AND s.standard_code = $2 AND (s.visibility IN ($3, $4) OR (s.visibility IN ($5, $6) AND s.office_id = CAST($7 AS uuid)) OR (s.visibility = $5 AND CAST($7 AS uuid) = ANY(s.shared_with_office_ids)))
ORDER BY
  s.reported_at DESC,
  s.id DESC
LIMIT 200;
