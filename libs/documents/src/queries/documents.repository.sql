-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- DocumentsRepository.insertBlob
INSERT INTO document_blob (sha256, size)
VALUES ($1, $2)
ON CONFLICT (sha256)
DO UPDATE SET
  size = EXCLUDED.size
RETURNING
  (xmax = 0) AS inserted;

-- DocumentsRepository.insert
INSERT INTO document (owner_id, name, content_type, size, sha256)
VALUES ($1, $2, $3, $4, $5)
RETURNING
  id,
  owner_id,
  name,
  content_type,
  size::float8 AS size,
  sha256,
  post_id,
  position,
  embedded,
  strategy_id,
  report_id,
  version,
  attached_at,
  created_at;

-- DocumentsRepository.byId
SELECT
  id,
  owner_id,
  name,
  content_type,
  size::float8 AS size,
  sha256,
  post_id,
  position,
  embedded,
  strategy_id,
  report_id,
  version,
  attached_at,
  created_at
FROM document
WHERE id = $1;

-- DocumentsRepository.bytesOf
SELECT
  COALESCE(SUM(size), 0)::float8 AS bytes
FROM document
WHERE owner_id = $1;

-- DocumentsRepository.attachedTo
SELECT
  id,
  owner_id,
  name,
  content_type,
  size::float8 AS size,
  sha256,
  post_id,
  position,
  embedded,
  strategy_id,
  report_id,
  version,
  attached_at,
  created_at
FROM document
WHERE post_id = ANY($1::uuid[]) AND NOT embedded
ORDER BY
  post_id,
  position;

-- DocumentsRepository.lockOfPost
SELECT
  id,
  owner_id,
  name,
  content_type,
  size::float8 AS size,
  sha256,
  post_id,
  position,
  embedded,
  strategy_id,
  report_id,
  version,
  attached_at,
  created_at
FROM document
WHERE post_id = $1
ORDER BY
  embedded,
  position,
  id
FOR UPDATE;

-- DocumentsRepository.lockMany
SELECT
  id,
  owner_id,
  name,
  content_type,
  size::float8 AS size,
  sha256,
  post_id,
  position,
  embedded,
  strategy_id,
  report_id,
  version,
  attached_at,
  created_at
FROM document
WHERE id = ANY($1::uuid[])
ORDER BY
  id
FOR UPDATE;

-- DocumentsRepository.attach
UPDATE document d
SET
  post_id = $1,
  position = CASE WHEN named.n <= $3 THEN named.n - 1 END,
  embedded = named.n > $3,
  attached_at = COALESCE(d.attached_at, now())
FROM unnest($2::uuid[])
WITH ORDINALITY AS named(id, n)
WHERE d.id = named.id;

-- DocumentsRepository.addVersion
UPDATE document
SET
  strategy_id = $2,
  report_id = $3,
  attached_at = now(),
  version = (
  SELECT
    COALESCE(MAX(v.version), 0) + 1
  FROM document v
  WHERE v.strategy_id = $2 OR v.report_id = $3)
WHERE id = $1
RETURNING
  version;

-- DocumentsRepository.versionsOf
SELECT
  id,
  owner_id,
  name,
  content_type,
  size::float8 AS size,
  sha256,
  post_id,
  position,
  embedded,
  strategy_id,
  report_id,
  version,
  attached_at,
  created_at
FROM document
WHERE strategy_id = ANY($1::uuid[]) OR report_id = ANY($2::uuid[])
ORDER BY
  version DESC;

-- DocumentsRepository.removeFromPost
DELETE FROM document
WHERE post_id = $1 AND NOT (id = ANY($2::uuid[]))
RETURNING
  id,
  sha256;

-- DocumentsRepository.removeUnattached
DELETE FROM document
WHERE post_id IS NULL AND strategy_id IS NULL AND report_id IS NULL AND created_at < $1
RETURNING
  sha256;

-- DocumentsRepository.removeUnreferencedBlobs
DELETE FROM document_blob b
WHERE b.sha256 = ANY($1::text[]) AND NOT EXISTS (
  SELECT
    1
  FROM document d
  WHERE d.sha256 = b.sha256)
RETURNING
  b.sha256;
