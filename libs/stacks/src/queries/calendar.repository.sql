-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- CalendarRepository.entries
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
  vs.id AS stack_id,
  c.position,
  vs.office_id,
  c.layer,
  COALESCE(pa.product, c.product) AS product,
  c.version,
  c.successor,
  to_char(c.decommission_by, 'YYYY-MM-DD') AS decommission_by,
  to_char(c.vendor_end_of_support, 'YYYY-MM-DD') AS vendor_end_of_support,
  d.reason,
  to_char(d.date, 'YYYY-MM-DD') AS date,
  r.title AS roadmap_title,
  r.component AS roadmap_component,
  to_char(r.target_date, 'YYYY-MM-DD') AS roadmap_target_date,
  r.action AS roadmap_action
FROM visible_stack vs
JOIN stack_component c ON c.stack_id = vs.id
LEFT JOIN product_alias pa ON pa.alias_key = c.product_key CROSS
JOIN LATERAL (
  VALUES ('OFFICE_RETIREMENT', c.decommission_by), ('VENDOR_END_OF_SUPPORT', c.vendor_end_of_support)) AS d(reason, date)
LEFT JOIN LATERAL (
  SELECT
    ri.title,
    ri.component,
    ri.target_date,
    ri.action
  FROM roadmap_item ri
  LEFT JOIN product_alias rpa ON rpa.alias_key = ri.component_key
  WHERE ri.stack_id = vs.id AND COALESCE(rpa.product_key, ri.component_key) = COALESCE(pa.product_key, c.product_key)
  ORDER BY
    ri.action = 'DECOMMISSION' DESC,
    ri.position
  LIMIT 1) r ON true
WHERE d.date BETWEEN CAST($7 AS date) AND CAST($8 AS date)
ORDER BY
  d.date,
  vs.office_id,
  c.position,
  d.reason;

-- CalendarRepository.setFeedToken
INSERT INTO calendar_feed_token (member_id, token_hash)
VALUES ($1, $2)
ON CONFLICT (member_id)
DO UPDATE SET
  token_hash = EXCLUDED.token_hash,
  created_at = now();

-- CalendarRepository.memberOfFeedToken
SELECT
  member_id
FROM calendar_feed_token
WHERE token_hash = $1;
