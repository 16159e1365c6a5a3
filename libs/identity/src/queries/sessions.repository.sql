-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- SessionsRepository.start
INSERT INTO "session"("id", "member_id", "created_at", "revoked_at", "revoked_reason")
VALUES (DEFAULT, $1, DEFAULT, $2, $3)
RETURNING
  "id",
  "created_at";

-- SessionsRepository.activeAccess
SELECT
  m.id,
  m.office_id,
  m.role
FROM member m
JOIN session s ON s.member_id = m.id
WHERE m.id = $1 AND s.id = $2 AND m.active AND s.revoked_at IS NULL;

-- SessionsRepository.revoke
UPDATE "session"
SET
  "revoked_at" = $1,
  "revoked_reason" = $2
WHERE ("id" = $3 AND "revoked_at" IS NULL);

-- SessionsRepository.revokeAllOf
UPDATE session
SET
  revoked_at = $2,
  revoked_reason = $3
WHERE member_id = $1 AND revoked_at IS NULL;

-- SessionsRepository.addRefreshToken
INSERT INTO refresh_token (session_id, token_hash, created_at, expires_at)
VALUES ($1, $2, $3, $4);

-- SessionsRepository.lockRefreshToken
SELECT
  rt.id,
  rt.session_id,
  s.member_id,
  rt.expires_at,
  rt.rotated_at,
  s.revoked_at
FROM refresh_token rt
JOIN session s ON s.id = rt.session_id
WHERE rt.token_hash = $1
FOR UPDATE OF rt, s;

-- SessionsRepository.markRotated
UPDATE "refresh_token"
SET
  "rotated_at" = $1
WHERE "id" = $2;
