-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- ChunksRepository.insert
INSERT INTO document_chunk (sha256, seq, data)
VALUES ($1, $2, $3);

-- ChunksRepository.piece
SELECT
  data
FROM document_chunk
WHERE sha256 = $1 AND seq = $2;

-- ChunksRepository.removeAll
DELETE FROM document_chunk
WHERE sha256 = $1;
