-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- InvitationsRepository.insert
INSERT INTO "invitation"("id", "email", "office_id", "role", "token_hash", "invited_by_id", "created_at", "expires_at", "accepted_at", "member_id")
VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9)
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
