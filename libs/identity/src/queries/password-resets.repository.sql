-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- PasswordResetsRepository.insert
INSERT INTO password_reset (member_id, token_hash, created_at, expires_at)
VALUES ($1, $2, $3, $4)
RETURNING
  id;

-- PasswordResetsRepository.lockByTokenHash
SELECT
  id,
  member_id,
  expires_at,
  used_at
FROM password_reset
WHERE token_hash = $1
FOR UPDATE;

-- PasswordResetsRepository.byTokenHash
SELECT
  id,
  member_id,
  expires_at,
  used_at
FROM password_reset
WHERE token_hash = $1;

-- PasswordResetsRepository.spendAllOf
UPDATE password_reset
SET
  used_at = $2
WHERE member_id = $1 AND used_at IS NULL;
