-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- RadarEditionsRepository.lock
SELECT
  pg_advisory_xact_lock(hashtext('radar_edition'));

-- RadarEditionsRepository.latest
SELECT
  id,
  name,
  yearly,
  taken_at
FROM radar_edition
ORDER BY
  taken_at DESC,
  name DESC
LIMIT 1;

-- RadarEditionsRepository.list
SELECT
  id,
  name,
  yearly,
  taken_at
FROM radar_edition
ORDER BY
  taken_at DESC,
  name DESC
LIMIT $1;

-- RadarEditionsRepository.entriesOf
SELECT
  edition_id,
  product_key,
  product,
  ring,
  offices,
  movement
FROM radar_edition_entry
WHERE edition_id = ANY($1::uuid[])
ORDER BY
  edition_id,
  offices DESC,
  product;

-- RadarEditionsRepository.insert
INSERT INTO radar_edition (name, yearly, taken_by_id)
VALUES ($1, $2, $3)
ON CONFLICT (name) DO NOTHING
RETURNING
  id,
  name,
  yearly,
  taken_at;

-- RadarEditionsRepository.insertEntries
INSERT INTO radar_edition_entry (edition_id, product_key, product, ring, offices, movement)
SELECT
  $1,
  x.product_key,
  x.product,
  x.ring,
  x.offices,
  x.movement
FROM jsonb_to_recordset($2::jsonb) AS x(product_key text, product text, ring text, offices int, movement text);

-- RadarEditionsRepository.anyStack
SELECT
  EXISTS (
  SELECT
    1
  FROM tech_stack) AS any;
