-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- StacksRepository.lockOffice
SELECT
  pg_advisory_xact_lock(hashtext('tech_stack'), hashtext($1));

-- StacksRepository.latestOfOffice
SELECT
  s.id,
  s.office_id,
  s.version,
  s.thread_id,
  s.visibility,
  s.shared_with_office_ids,
  s.named_in_who_runs,
  s.published_at
FROM tech_stack s
WHERE s.office_id = $1
ORDER BY
  s.version DESC
LIMIT 1;

-- StacksRepository.insert
INSERT INTO tech_stack AS s (office_id, version, thread_id, author_id, visibility, shared_with_office_ids, named_in_who_runs)
VALUES ($1, $2, $3, $4, $5, $6, $7)
RETURNING
  s.id,
  s.office_id,
  s.version,
  s.thread_id,
  s.visibility,
  s.shared_with_office_ids,
  s.named_in_who_runs,
  s.published_at;

-- StacksRepository.insertComponents
INSERT INTO stack_component (stack_id, position, layer, product, product_key, version, hosting, status, status_since, decommission_by, vendor_end_of_support, successor)
SELECT
  $1,
  x.position,
  x.layer,
  x.product,
  x.product_key,
  x.version,
  x.hosting::stack_hosting,
  x.status::component_status,
  x.status_since,
  x.decommission_by,
  x.vendor_end_of_support,
  x.successor
FROM jsonb_to_recordset($2::jsonb) AS x(position int, layer text, product text, product_key text, version text, hosting text, status text, status_since date, decommission_by date, vendor_end_of_support date, successor text);

-- StacksRepository.insertRoadmap
INSERT INTO roadmap_item (stack_id, position, title, component, component_key, target_date, action)
SELECT
  $1,
  x.position,
  x.title,
  x.component,
  x.component_key,
  x.target_date,
  x.action::roadmap_action
FROM jsonb_to_recordset($2::jsonb) AS x(position int, title text, component text, component_key text, target_date date, action text);

-- StacksRepository.visibleVersions
SELECT
  s.id,
  s.office_id,
  s.version,
  s.thread_id,
  s.visibility,
  s.shared_with_office_ids,
  s.named_in_who_runs,
  s.published_at
FROM tech_stack s
WHERE s.office_id = $1 AND (s.visibility IN ($2, $3) OR (s.visibility IN ($4, $5) AND s.office_id = CAST($6 AS uuid)) OR (s.visibility = $4 AND CAST($6 AS uuid) = ANY(s.shared_with_office_ids)))
ORDER BY
  s.version DESC
LIMIT $7;

-- StacksRepository.visibleLatestOf
SELECT DISTINCT
  ON (s.office_id) s.id,
  s.office_id,
  s.version,
  s.thread_id,
  s.visibility,
  s.shared_with_office_ids,
  s.named_in_who_runs,
  s.published_at
FROM tech_stack s
WHERE s.office_id = ANY(CAST($1 AS uuid[])) AND (s.visibility IN ($2, $3) OR (s.visibility IN ($4, $5) AND s.office_id = CAST($6 AS uuid)) OR (s.visibility = $4 AND CAST($6 AS uuid) = ANY(s.shared_with_office_ids)))
ORDER BY
  s.office_id,
  s.version DESC;

-- StacksRepository.visibleByIds
SELECT
  s.id,
  s.office_id,
  s.version,
  s.thread_id,
  s.visibility,
  s.shared_with_office_ids,
  s.named_in_who_runs,
  s.published_at
FROM tech_stack s
WHERE s.id = ANY(CAST($1 AS uuid[])) AND (s.visibility IN ($2, $3) OR (s.visibility IN ($4, $5) AND s.office_id = CAST($6 AS uuid)) OR (s.visibility = $4 AND CAST($6 AS uuid) = ANY(s.shared_with_office_ids)));

-- StacksRepository.componentsOf
SELECT
  c.stack_id,
  c.position,
  c.layer,
  COALESCE(pa.product, c.product) AS product,
  c.product AS given_product,
  COALESCE(pa.product_key, c.product_key) AS product_key,
  c.version,
  c.hosting,
  c.status,
  to_char(c.status_since, 'YYYY-MM-DD') AS status_since,
  to_char(c.decommission_by, 'YYYY-MM-DD') AS decommission_by,
  to_char(c.vendor_end_of_support, 'YYYY-MM-DD') AS vendor_end_of_support,
  c.successor
FROM stack_component c
LEFT JOIN product_alias pa ON pa.alias_key = c.product_key
WHERE c.stack_id = ANY($1::uuid[])
ORDER BY
  c.stack_id,
  c.position;

-- StacksRepository.roadmapOf
SELECT
  r.stack_id,
  r.position,
  r.title,
  r.component,
  r.component_key,
  to_char(r.target_date, 'YYYY-MM-DD') AS target_date,
  r.action
FROM roadmap_item r
WHERE r.stack_id = ANY($1::uuid[])
ORDER BY
  r.stack_id,
  r.position;
