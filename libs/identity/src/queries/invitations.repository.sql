-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- InvitationsRepository.insert
INSERT INTO "invitation"("id", "email", "office_id", "role", "token_hash", "invited_by_id", "created_at", "expires_at", "accepted_at", "revoked_at", "revoked_by_id", "member_id")
VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
RETURNING
  "id";

-- InvitationsRepository.lockByTokenHash
SELECT
  "InvitationEntity"."id" AS "InvitationEntity_id",
  "InvitationEntity"."email" AS "InvitationEntity_email",
  "InvitationEntity"."office_id" AS "InvitationEntity_office_id",
  "InvitationEntity"."role" AS "InvitationEntity_role",
  "InvitationEntity"."token_hash" AS "InvitationEntity_token_hash",
  "InvitationEntity"."invited_by_id" AS "InvitationEntity_invited_by_id",
  "InvitationEntity"."created_at" AS "InvitationEntity_created_at",
  "InvitationEntity"."expires_at" AS "InvitationEntity_expires_at",
  "InvitationEntity"."accepted_at" AS "InvitationEntity_accepted_at",
  "InvitationEntity"."revoked_at" AS "InvitationEntity_revoked_at",
  "InvitationEntity"."revoked_by_id" AS "InvitationEntity_revoked_by_id",
  "InvitationEntity"."member_id" AS "InvitationEntity_member_id"
FROM "invitation" "InvitationEntity"
WHERE (("InvitationEntity"."token_hash" = $1))
LIMIT 1
FOR UPDATE;

-- InvitationsRepository.markAccepted
UPDATE "invitation"
SET
  "accepted_at" = $1,
  "member_id" = $2
WHERE "id" = $3;

-- InvitationsRepository.pendingPage
SELECT
  i.id,
  i.email,
  i.role,
  i.invited_by_id,
  i.created_at,
  i.expires_at,
  o.id AS office_id,
  o.code AS office_code,
  o.name AS office_name,
  o.region AS office_region
FROM invitation i
JOIN office o ON o.id = i.office_id
WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2 AND ($1::uuid IS NULL OR i.office_id = $1) AND ($3::timestamptz IS NULL OR (i.created_at, i.id) > ($3, $4::uuid))
ORDER BY
  i.created_at,
  i.id
LIMIT $5;

-- InvitationsRepository.pendingCount
SELECT
  count(*)::int AS n
FROM invitation i
WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2 AND ($1::uuid IS NULL OR i.office_id = $1);

-- InvitationsRepository.forMail
SELECT
  i.email,
  i.expires_at,
  i.accepted_at,
  i.revoked_at,
  i.invited_by_id,
  o.code AS office_code,
  o.name AS office_name
FROM invitation i
JOIN office o ON o.id = i.office_id
WHERE i.id = $1;

-- InvitationsRepository.lockById
SELECT
  "InvitationEntity"."id" AS "InvitationEntity_id",
  "InvitationEntity"."email" AS "InvitationEntity_email",
  "InvitationEntity"."office_id" AS "InvitationEntity_office_id",
  "InvitationEntity"."role" AS "InvitationEntity_role",
  "InvitationEntity"."token_hash" AS "InvitationEntity_token_hash",
  "InvitationEntity"."invited_by_id" AS "InvitationEntity_invited_by_id",
  "InvitationEntity"."created_at" AS "InvitationEntity_created_at",
  "InvitationEntity"."expires_at" AS "InvitationEntity_expires_at",
  "InvitationEntity"."accepted_at" AS "InvitationEntity_accepted_at",
  "InvitationEntity"."revoked_at" AS "InvitationEntity_revoked_at",
  "InvitationEntity"."revoked_by_id" AS "InvitationEntity_revoked_by_id",
  "InvitationEntity"."member_id" AS "InvitationEntity_member_id"
FROM "invitation" "InvitationEntity"
WHERE (("InvitationEntity"."id" = $1))
LIMIT 1
FOR UPDATE;

-- InvitationsRepository.markRevoked
UPDATE "invitation"
SET
  "revoked_at" = $1,
  "revoked_by_id" = $2
WHERE "id" = $3;
