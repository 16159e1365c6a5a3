-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- SearchRepository.hits
WITH q AS MATERIALIZED (
  SELECT
    en,
    fr,
    es,
    ru,
    other,
    CASE WHEN en IS NOT NULL THEN en END AS scan_en,
    CASE WHEN fr IS NOT NULL AND fr IS DISTINCT
  FROM en THEN fr END AS scan_fr, CASE WHEN es IS NOT NULL AND es IS DISTINCT
  FROM en AND es IS DISTINCT
  FROM fr THEN es END AS scan_es, CASE WHEN ru IS NOT NULL AND ru IS DISTINCT
  FROM en AND ru IS DISTINCT
  FROM fr AND ru IS DISTINCT
  FROM es THEN ru END AS scan_ru, CASE WHEN other IS NOT NULL AND other IS DISTINCT
  FROM en AND other IS DISTINCT
  FROM fr AND other IS DISTINCT
  FROM es AND other IS DISTINCT
  FROM ru THEN other END AS scan_other
  FROM (
    SELECT
      CASE WHEN numnode(en) > 0 THEN en END AS en,
      CASE WHEN numnode(fr) > 0 THEN fr END AS fr,
      CASE WHEN numnode(es) > 0 THEN es END AS es,
      CASE WHEN numnode(ru) > 0 THEN ru END AS ru,
      CASE WHEN numnode(other) > 0 THEN other END AS other
    FROM (
      SELECT
        websearch_to_tsquery('english', $1) AS en,
        websearch_to_tsquery('french', $1) AS fr,
        websearch_to_tsquery('spanish', $1) AS es,
        websearch_to_tsquery('russian', $1) AS ru,
        websearch_to_tsquery('simple', $1) AS other) parsed) nonempty), found AS MATERIALIZED (
  SELECT
    f.*
  FROM (
    SELECT
      CAST(w.during AS tsquery) AS during
    FROM unnest(CAST($2 AS text[]), CAST($3 AS timestamptz[]), CAST($4 AS timestamptz[]))
    WITH ORDINALITY AS w(during, starts, ends, n)
    WHERE w.ends > (
      SELECT
        min(created_at)
      FROM search_document) AND w.ends > $5 AND w.starts < $6
    ORDER BY
      w.n) w CROSS
  JOIN LATERAL (
    SELECT
      d.kind,
      d.source_id,
      d.parent_id,
      d.title,
      d.thread_kind,
      d.office_id,
      d.space_id,
      d.language,
      d.created_at,
      d.document
    FROM search_document d, q
    WHERE (d.document @@ (q.scan_en && w.during) OR d.document @@ (q.scan_fr && w.during) OR d.document @@ (q.scan_es && w.during) OR d.document @@ (q.scan_ru && w.during) OR d.document @@ (q.scan_other && w.during)) AND d.document @@ CASE d.language WHEN 'EN' THEN q.en WHEN 'FR' THEN q.fr WHEN 'ES' THEN q.es WHEN 'RU' THEN q.ru ELSE q.other END AND (d.visibility IN ($7, $8) OR (d.visibility IN ($9, $10) AND d.office_id = CAST($11 AS uuid)) OR (d.visibility = $9 AND CAST($11 AS uuid) = ANY(d.shared_with_office_ids))) AND d.kind IN ($12, $13) AND d.thread_kind IN ($14) AND d.office_id IN ($15) AND d.language = $16 AND d.space_id = CAST($17 AS uuid) AND d.created_at >= $5 AND d.created_at < $6
    ORDER BY
      d.created_at DESC
    LIMIT $18) f
  LIMIT $18), close_title AS MATERIALIZED (
  SELECT
    d.kind,
    d.source_id,
    d.parent_id,
    d.title,
    d.thread_kind,
    d.office_id,
    d.space_id,
    d.language,
    d.created_at,
    d.document
  FROM search_document d
  WHERE (
    SELECT
      count(*)
    FROM found) < $19 AND $20 <% d.title AND (d.visibility IN ($7, $8) OR (d.visibility IN ($9, $10) AND d.office_id = CAST($11 AS uuid)) OR (d.visibility = $9 AND CAST($11 AS uuid) = ANY(d.shared_with_office_ids))) AND d.kind IN ($21, $22) AND d.thread_kind IN ($23) AND d.office_id IN ($24) AND d.language = $16 AND d.space_id = CAST($17 AS uuid) AND d.created_at >= $5 AND d.created_at < $6), hit AS (
  SELECT
    *
  FROM found
  UNION ALL (
    SELECT
      d.kind,
      d.source_id,
      d.parent_id,
      d.title,
      d.thread_kind,
      d.office_id,
      d.space_id,
      d.language,
      d.created_at,
      d.document
    FROM close_title d
    WHERE NOT EXISTS (
      SELECT
        1
      FROM found f
      WHERE f.kind = d.kind AND f.source_id = d.source_id)
    ORDER BY
      d.created_at DESC
    LIMIT $18))
SELECT
  h.kind,
  h.source_id,
  h.parent_id,
  h.score::float8 AS score,
  h.total::int AS total,
  CASE WHEN $25 <> '' AND strpos(c.content, $25) > 0 THEN substr(c.content, greatest(strpos(c.content, $25) - 40, 1), 120) ELSE coalesce(ts_headline(search_config(d.language), c.content, CASE d.language WHEN 'EN' THEN q.en WHEN 'FR' THEN q.fr WHEN 'ES' THEN q.es WHEN 'RU' THEN q.ru ELSE q.other END, 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'), substr(c.content, 1, 200)) END AS snippet
FROM (
  SELECT
    d.kind,
    d.source_id,
    d.parent_id,
    d.created_at,
    coalesce(ts_rank(d.document, CASE d.language WHEN 'EN' THEN q.en WHEN 'FR' THEN q.fr WHEN 'ES' THEN q.es WHEN 'RU' THEN q.ru ELSE q.other END), 0) + word_similarity($20, d.title) / 2 AS score,
    count(*) OVER () AS total
  FROM hit d, q
  ORDER BY
    score DESC,
    d.created_at DESC,
    d.kind,
    d.source_id
  LIMIT $26
  OFFSET $27) h
JOIN search_document d ON d.kind = h.kind AND d.source_id = h.source_id CROSS
JOIN q CROSS
JOIN LATERAL (
  SELECT
    CASE WHEN d.title = '' THEN d.body WHEN d.body = '' THEN d.title ELSE d.title || E'\n' || d.body END AS content) c
ORDER BY
  h.score DESC,
  h.created_at DESC,
  h.kind,
  h.source_id;

-- SearchRepository.facets
WITH q AS MATERIALIZED (
  SELECT
    en,
    fr,
    es,
    ru,
    other,
    CASE WHEN en IS NOT NULL THEN en END AS scan_en,
    CASE WHEN fr IS NOT NULL AND fr IS DISTINCT
  FROM en THEN fr END AS scan_fr, CASE WHEN es IS NOT NULL AND es IS DISTINCT
  FROM en AND es IS DISTINCT
  FROM fr THEN es END AS scan_es, CASE WHEN ru IS NOT NULL AND ru IS DISTINCT
  FROM en AND ru IS DISTINCT
  FROM fr AND ru IS DISTINCT
  FROM es THEN ru END AS scan_ru, CASE WHEN other IS NOT NULL AND other IS DISTINCT
  FROM en AND other IS DISTINCT
  FROM fr AND other IS DISTINCT
  FROM es AND other IS DISTINCT
  FROM ru THEN other END AS scan_other
  FROM (
    SELECT
      CASE WHEN numnode(en) > 0 THEN en END AS en,
      CASE WHEN numnode(fr) > 0 THEN fr END AS fr,
      CASE WHEN numnode(es) > 0 THEN es END AS es,
      CASE WHEN numnode(ru) > 0 THEN ru END AS ru,
      CASE WHEN numnode(other) > 0 THEN other END AS other
    FROM (
      SELECT
        websearch_to_tsquery('english', $1) AS en,
        websearch_to_tsquery('french', $1) AS fr,
        websearch_to_tsquery('spanish', $1) AS es,
        websearch_to_tsquery('russian', $1) AS ru,
        websearch_to_tsquery('simple', $1) AS other) parsed) nonempty), found AS MATERIALIZED (
  SELECT
    f.*
  FROM (
    SELECT
      CAST(w.during AS tsquery) AS during
    FROM unnest(CAST($2 AS text[]), CAST($3 AS timestamptz[]), CAST($4 AS timestamptz[]))
    WITH ORDINALITY AS w(during, starts, ends, n)
    WHERE w.ends > (
      SELECT
        min(created_at)
      FROM search_document) AND w.ends > $5 AND w.starts < $6
    ORDER BY
      w.n) w CROSS
  JOIN LATERAL (
    SELECT
      d.kind,
      d.source_id,
      d.parent_id,
      d.title,
      d.thread_kind,
      d.office_id,
      d.space_id,
      d.language,
      d.created_at,
      d.document
    FROM search_document d, q
    WHERE (d.document @@ (q.scan_en && w.during) OR d.document @@ (q.scan_fr && w.during) OR d.document @@ (q.scan_es && w.during) OR d.document @@ (q.scan_ru && w.during) OR d.document @@ (q.scan_other && w.during)) AND d.document @@ CASE d.language WHEN 'EN' THEN q.en WHEN 'FR' THEN q.fr WHEN 'ES' THEN q.es WHEN 'RU' THEN q.ru ELSE q.other END AND (d.visibility IN ($7, $8) OR (d.visibility IN ($9, $10) AND d.office_id = CAST($11 AS uuid)) OR (d.visibility = $9 AND CAST($11 AS uuid) = ANY(d.shared_with_office_ids))) AND d.kind IN ($12, $13) AND d.thread_kind IN ($14) AND d.office_id IN ($15) AND d.language = $16 AND d.space_id = CAST($17 AS uuid) AND d.created_at >= $5 AND d.created_at < $6
    ORDER BY
      d.created_at DESC
    LIMIT $18) f
  LIMIT $18), close_title AS MATERIALIZED (
  SELECT
    d.kind,
    d.source_id,
    d.parent_id,
    d.title,
    d.thread_kind,
    d.office_id,
    d.space_id,
    d.language,
    d.created_at,
    d.document
  FROM search_document d
  WHERE (
    SELECT
      count(*)
    FROM found) < $19 AND $20 <% d.title AND (d.visibility IN ($7, $8) OR (d.visibility IN ($9, $10) AND d.office_id = CAST($11 AS uuid)) OR (d.visibility = $9 AND CAST($11 AS uuid) = ANY(d.shared_with_office_ids))) AND d.kind IN ($21, $22) AND d.thread_kind IN ($23) AND d.office_id IN ($24) AND d.language = $16 AND d.space_id = CAST($17 AS uuid) AND d.created_at >= $5 AND d.created_at < $6), hit AS (
  SELECT
    *
  FROM found
  UNION ALL (
    SELECT
      d.kind,
      d.source_id,
      d.parent_id,
      d.title,
      d.thread_kind,
      d.office_id,
      d.space_id,
      d.language,
      d.created_at,
      d.document
    FROM close_title d
    WHERE NOT EXISTS (
      SELECT
        1
      FROM found f
      WHERE f.kind = d.kind AND f.source_id = d.source_id)
    ORDER BY
      d.created_at DESC
    LIMIT $18))
SELECT
  thread_kind,
  office_id,
  space_id,
  language,
  count(*)::int AS count,
  CASE WHEN GROUPING(thread_kind) = 0 THEN 'kind' WHEN GROUPING(office_id) = 0 THEN 'office' WHEN GROUPING(space_id) = 0 THEN 'space' WHEN GROUPING(language) = 0 THEN 'language' ELSE 'all' END AS facet
FROM (
  SELECT
    *
  FROM hit
  ORDER BY
    created_at DESC
  LIMIT $25) hit
GROUP BY
  GROUPING SETS ((thread_kind), (office_id), (space_id), (language), ());

-- SearchRepository.similarThreads
SELECT
  d.source_id
FROM search_document d, (
  SELECT
    en,
    fr,
    es,
    ru,
    other,
    CASE WHEN en IS NOT NULL THEN en END AS scan_en,
    CASE WHEN fr IS NOT NULL AND fr IS DISTINCT
  FROM en THEN fr END AS scan_fr, CASE WHEN es IS NOT NULL AND es IS DISTINCT
  FROM en AND es IS DISTINCT
  FROM fr THEN es END AS scan_es, CASE WHEN ru IS NOT NULL AND ru IS DISTINCT
  FROM en AND ru IS DISTINCT
  FROM fr AND ru IS DISTINCT
  FROM es THEN ru END AS scan_ru, CASE WHEN other IS NOT NULL AND other IS DISTINCT
  FROM en AND other IS DISTINCT
  FROM fr AND other IS DISTINCT
  FROM es AND other IS DISTINCT
  FROM ru THEN other END AS scan_other
  FROM (
    SELECT
      CASE WHEN numnode(en) > 0 THEN en END AS en,
      CASE WHEN numnode(fr) > 0 THEN fr END AS fr,
      CASE WHEN numnode(es) > 0 THEN es END AS es,
      CASE WHEN numnode(ru) > 0 THEN ru END AS ru,
      CASE WHEN numnode(other) > 0 THEN other END AS other
    FROM (
      SELECT
        websearch_to_tsquery('english', $1) AS en,
        websearch_to_tsquery('french', $1) AS fr,
        websearch_to_tsquery('spanish', $1) AS es,
        websearch_to_tsquery('russian', $1) AS ru,
        websearch_to_tsquery('simple', $1) AS other) parsed) nonempty) q
WHERE d.kind = 'THREAD' AND (d.visibility IN ($2, $3) OR (d.visibility IN ($4, $5) AND d.office_id = CAST($6 AS uuid)) OR (d.visibility = $4 AND CAST($6 AS uuid) = ANY(d.shared_with_office_ids))) AND (((d.language = 'EN' AND d.document @@ q.en) OR (d.language = 'FR' AND d.document @@ q.fr) OR (d.language = 'ES' AND d.document @@ q.es) OR (d.language = 'RU' AND d.document @@ q.ru) OR (d.language NOT IN ('EN', 'FR', 'ES', 'RU') AND d.document @@ q.other)) OR d.title % $7)
ORDER BY
  ts_rank(d.document, CASE d.language WHEN 'EN' THEN q.en WHEN 'FR' THEN q.fr WHEN 'ES' THEN q.es WHEN 'RU' THEN q.ru ELSE q.other END) + similarity(d.title, $7) DESC,
  d.created_at DESC,
  d.source_id
LIMIT $8;
