-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- AuditRepository.insert
INSERT INTO "audit_event"("id", "at", "kind", "actor_id", "member_id", "office_id", "email", "ip", "details")
VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8)
RETURNING
  "id",
  "details";

-- AuditRepository.page
SELECT
  "e"."id" AS "e_id",
  "e"."at" AS "e_at",
  "e"."kind" AS "e_kind",
  "e"."actor_id" AS "e_actor_id",
  "e"."member_id" AS "e_member_id",
  "e"."office_id" AS "e_office_id",
  "e"."email" AS "e_email",
  "e"."ip" AS "e_ip",
  "e"."details" AS "e_details"
FROM "audit_event" "e"
WHERE "e"."kind" = $1 AND ("e"."at", "e"."id") < ($2, CAST($3 AS uuid))
ORDER BY
  "e"."at" DESC,
  "e"."id" DESC
LIMIT 21;

-- AuditRepository.count
SELECT
  COUNT(1) AS "cnt"
FROM "audit_event" "e"
WHERE "e"."kind" = $1;
