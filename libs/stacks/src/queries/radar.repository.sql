-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- RadarRepository.uses
WITH visible_stack AS (
  SELECT DISTINCT
    ON (s.office_id) s.id,
    s.office_id,
    s.named_in_who_runs
  FROM tech_stack s
  WHERE (s.visibility IN ($1, $2) OR (s.visibility IN ($3, $4) AND s.office_id = CAST($5 AS uuid)) OR (s.visibility = $3 AND CAST($5 AS uuid) = ANY(s.shared_with_office_ids))) AND (CAST($6 AS uuid[]) IS NULL OR s.office_id = ANY(CAST($6 AS uuid[])))
  ORDER BY
    s.office_id,
    s.version DESC)
SELECT
  COALESCE(pa.product_key, c.product_key) AS product_key,
  min(COALESCE(pa.product, c.product)) AS product,
  c.status,
  array_agg(DISTINCT vs.office_id) AS office_ids
FROM visible_stack vs
JOIN stack_component c ON c.stack_id = vs.id
LEFT JOIN product_alias pa ON pa.alias_key = c.product_key
WHERE CAST($7 AS text) IS NULL OR lower(c.layer) = lower(CAST($7 AS text))
GROUP BY
  1,
  c.status
ORDER BY
  1,
  c.status;

-- RadarRepository.componentsOfProduct
WITH visible_stack AS (
  SELECT DISTINCT
    ON (s.office_id) s.id,
    s.office_id,
    s.named_in_who_runs
  FROM tech_stack s
  WHERE (s.visibility IN ($1, $2) OR (s.visibility IN ($3, $4) AND s.office_id = CAST($5 AS uuid)) OR (s.visibility = $3 AND CAST($5 AS uuid) = ANY(s.shared_with_office_ids))) AND (CAST($6 AS uuid[]) IS NULL OR s.office_id = ANY(CAST($6 AS uuid[])))
  ORDER BY
    s.office_id,
    s.version DESC)
SELECT
  vs.office_id,
  vs.named_in_who_runs,
  COALESCE(pa.product, c.product) AS product,
  c.version,
  c.status,
  c.layer
FROM visible_stack vs
JOIN stack_component c ON c.stack_id = vs.id
LEFT JOIN product_alias pa ON pa.alias_key = c.product_key
WHERE COALESCE(pa.product_key, c.product_key) = $7
ORDER BY
  vs.named_in_who_runs DESC,
  vs.office_id,
  c.position;
