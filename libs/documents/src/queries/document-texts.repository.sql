-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- DocumentTextsRepository.record
INSERT INTO document_text (sha256, status, text, error, page_count, preview)
VALUES ($1, $2, $3, $4, $5, $6)
ON CONFLICT (sha256) DO NOTHING;

-- DocumentTextsRepository.contentExists
SELECT
  1
FROM document_blob
WHERE sha256 = $1;

-- DocumentTextsRepository.ofDocuments
SELECT
  d.id AS document_id,
  t.status,
  t.text,
  t.page_count,
  COALESCE(t.preview, left(t.text, $2)) AS preview
FROM document d
LEFT JOIN document_text t ON t.sha256 = d.sha256
WHERE d.id = ANY($1::uuid[]);
