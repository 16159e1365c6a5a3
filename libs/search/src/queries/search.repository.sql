-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- SearchRepository.hits
WITH hit AS (
  SELECT
    d.kind,
    d.source_id,
    d.thread_kind,
    d.office_id,
    d.space_id,
    d.language,
    d.created_at,
    ts_rank(d.document, CASE d.language WHEN 'EN' THEN q.en WHEN 'FR' THEN q.fr WHEN 'ES' THEN q.es WHEN 'RU' THEN q.ru ELSE q.other END) + CASE WHEN d.kind = 'THREAD' THEN word_similarity($1, d.title) / 2 ELSE 0 END AS score
  FROM search_document d, (
    SELECT
      websearch_to_tsquery('english', $2) AS en,
      websearch_to_tsquery('french', $2) AS fr,
      websearch_to_tsquery('spanish', $2) AS es,
      websearch_to_tsquery('russian', $2) AS ru,
      websearch_to_tsquery('simple', $2) AS other) q
  WHERE (d.visibility IN ($3, $4) OR (d.visibility IN ($5, $6) AND d.office_id = CAST($7 AS uuid)) OR (d.visibility = $5 AND CAST($7 AS uuid) = ANY(d.shared_with_office_ids))) AND d.kind IN ($8, $9) AND d.thread_kind IN ($10) AND d.office_id IN ($11) AND d.language = $12 AND d.space_id = CAST($13 AS uuid) AND d.created_at >= $14 AND d.created_at < $15 AND (((d.language = 'EN' AND d.document @@ q.en) OR (d.language = 'FR' AND d.document @@ q.fr) OR (d.language = 'ES' AND d.document @@ q.es) OR (d.language = 'RU' AND d.document @@ q.ru) OR (d.language NOT IN ('EN', 'FR', 'ES', 'RU') AND d.document @@ q.other)) OR (d.kind = 'THREAD' AND $1 <% d.title)))
SELECT
  h.kind,
  h.source_id,
  h.score::float8 AS score,
  h.total::int AS total,
  CASE WHEN $16 <> '' AND strpos(c.content, $16) > 0 THEN substr(c.content, greatest(strpos(c.content, $16) - 40, 1), 120) ELSE ts_headline(search_config(d.language), c.content, CASE d.language WHEN 'EN' THEN q.en WHEN 'FR' THEN q.fr WHEN 'ES' THEN q.es WHEN 'RU' THEN q.ru ELSE q.other END, 'StartSel=' || chr(57344) || ', StopSel=' || chr(57345) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') END AS snippet
FROM (
  SELECT
    hit.kind,
    hit.source_id,
    hit.score,
    hit.created_at,
    count(*) OVER () AS total
  FROM hit
  ORDER BY
    hit.score DESC,
    hit.created_at DESC,
    hit.kind,
    hit.source_id
  LIMIT $17
  OFFSET $18) h
JOIN search_document d ON d.kind = h.kind AND d.source_id = h.source_id CROSS
JOIN (
  SELECT
    websearch_to_tsquery('english', $2) AS en,
    websearch_to_tsquery('french', $2) AS fr,
    websearch_to_tsquery('spanish', $2) AS es,
    websearch_to_tsquery('russian', $2) AS ru,
    websearch_to_tsquery('simple', $2) AS other) q CROSS
JOIN LATERAL (
  SELECT
    CASE WHEN d.title = '' THEN d.body WHEN d.body = '' THEN d.title ELSE d.title || E'\n' || d.body END AS content) c
ORDER BY
  h.score DESC,
  h.created_at DESC,
  h.kind,
  h.source_id;

-- SearchRepository.facets
WITH hit AS (
  SELECT
    d.kind,
    d.source_id,
    d.thread_kind,
    d.office_id,
    d.space_id,
    d.language,
    d.created_at,
    ts_rank(d.document, CASE d.language WHEN 'EN' THEN q.en WHEN 'FR' THEN q.fr WHEN 'ES' THEN q.es WHEN 'RU' THEN q.ru ELSE q.other END) + CASE WHEN d.kind = 'THREAD' THEN word_similarity($1, d.title) / 2 ELSE 0 END AS score
  FROM search_document d, (
    SELECT
      websearch_to_tsquery('english', $2) AS en,
      websearch_to_tsquery('french', $2) AS fr,
      websearch_to_tsquery('spanish', $2) AS es,
      websearch_to_tsquery('russian', $2) AS ru,
      websearch_to_tsquery('simple', $2) AS other) q
  WHERE (d.visibility IN ($3, $4) OR (d.visibility IN ($5, $6) AND d.office_id = CAST($7 AS uuid)) OR (d.visibility = $5 AND CAST($7 AS uuid) = ANY(d.shared_with_office_ids))) AND d.kind IN ($8, $9) AND d.thread_kind IN ($10) AND d.office_id IN ($11) AND d.language = $12 AND d.space_id = CAST($13 AS uuid) AND d.created_at >= $14 AND d.created_at < $15 AND (((d.language = 'EN' AND d.document @@ q.en) OR (d.language = 'FR' AND d.document @@ q.fr) OR (d.language = 'ES' AND d.document @@ q.es) OR (d.language = 'RU' AND d.document @@ q.ru) OR (d.language NOT IN ('EN', 'FR', 'ES', 'RU') AND d.document @@ q.other)) OR (d.kind = 'THREAD' AND $1 <% d.title)))
SELECT
  thread_kind,
  office_id,
  space_id,
  language,
  count(*)::int AS count,
  CASE WHEN GROUPING(thread_kind) = 0 THEN 'kind' WHEN GROUPING(office_id) = 0 THEN 'office' WHEN GROUPING(space_id) = 0 THEN 'space' WHEN GROUPING(language) = 0 THEN 'language' ELSE 'all' END AS facet
FROM hit
GROUP BY
  GROUPING SETS ((thread_kind), (office_id), (space_id), (language), ());

-- SearchRepository.similarThreads
SELECT
  d.source_id
FROM search_document d, (
  SELECT
    websearch_to_tsquery('english', $1) AS en,
    websearch_to_tsquery('french', $1) AS fr,
    websearch_to_tsquery('spanish', $1) AS es,
    websearch_to_tsquery('russian', $1) AS ru,
    websearch_to_tsquery('simple', $1) AS other) q
WHERE d.kind = 'THREAD' AND (d.visibility IN ($2, $3) OR (d.visibility IN ($4, $5) AND d.office_id = CAST($6 AS uuid)) OR (d.visibility = $4 AND CAST($6 AS uuid) = ANY(d.shared_with_office_ids))) AND (((d.language = 'EN' AND d.document @@ q.en) OR (d.language = 'FR' AND d.document @@ q.fr) OR (d.language = 'ES' AND d.document @@ q.es) OR (d.language = 'RU' AND d.document @@ q.ru) OR (d.language NOT IN ('EN', 'FR', 'ES', 'RU') AND d.document @@ q.other)) OR d.title % $7)
ORDER BY
  ts_rank(d.document, CASE d.language WHEN 'EN' THEN q.en WHEN 'FR' THEN q.fr WHEN 'ES' THEN q.es WHEN 'RU' THEN q.ru ELSE q.other END) + similarity(d.title, $7) DESC,
  d.created_at DESC,
  d.source_id
LIMIT $8;
