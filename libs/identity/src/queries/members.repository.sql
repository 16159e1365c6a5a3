-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- MembersRepository.byId
SELECT DISTINCT
  "distinctAlias"."MemberEntity_id" AS "ids_MemberEntity_id"
FROM (
  SELECT
    "MemberEntity"."id" AS "MemberEntity_id",
    "MemberEntity"."email" AS "MemberEntity_email",
    "MemberEntity"."display_name" AS "MemberEntity_display_name",
    "MemberEntity"."office_id" AS "MemberEntity_office_id",
    "MemberEntity"."role" AS "MemberEntity_role",
    "MemberEntity"."active" AS "MemberEntity_active",
    "MemberEntity"."password_hash" AS "MemberEntity_password_hash",
    "MemberEntity"."created_at" AS "MemberEntity_created_at",
    "MemberEntity__MemberEntity_office"."id" AS "MemberEntity__MemberEntity_office_id",
    "MemberEntity__MemberEntity_office"."code" AS "MemberEntity__MemberEntity_office_code",
    "MemberEntity__MemberEntity_office"."name" AS "MemberEntity__MemberEntity_office_name",
    "MemberEntity__MemberEntity_office"."region" AS "MemberEntity__MemberEntity_office_region"
  FROM "member" "MemberEntity"
  LEFT JOIN "office" "MemberEntity__MemberEntity_office" ON "MemberEntity__MemberEntity_office"."id"="MemberEntity"."office_id"
  WHERE (("MemberEntity"."id" = $1))) "distinctAlias"
ORDER BY
  "MemberEntity_id" ASC
LIMIT 1;

SELECT
  "MemberEntity"."id" AS "MemberEntity_id",
  "MemberEntity"."email" AS "MemberEntity_email",
  "MemberEntity"."display_name" AS "MemberEntity_display_name",
  "MemberEntity"."office_id" AS "MemberEntity_office_id",
  "MemberEntity"."role" AS "MemberEntity_role",
  "MemberEntity"."active" AS "MemberEntity_active",
  "MemberEntity"."password_hash" AS "MemberEntity_password_hash",
  "MemberEntity"."created_at" AS "MemberEntity_created_at",
  "MemberEntity__MemberEntity_office"."id" AS "MemberEntity__MemberEntity_office_id",
  "MemberEntity__MemberEntity_office"."code" AS "MemberEntity__MemberEntity_office_code",
  "MemberEntity__MemberEntity_office"."name" AS "MemberEntity__MemberEntity_office_name",
  "MemberEntity__MemberEntity_office"."region" AS "MemberEntity__MemberEntity_office_region"
FROM "member" "MemberEntity"
LEFT JOIN "office" "MemberEntity__MemberEntity_office" ON "MemberEntity__MemberEntity_office"."id"="MemberEntity"."office_id"
WHERE ((("MemberEntity"."id" = $1))) AND ("MemberEntity"."id" IN ($2));

-- MembersRepository.byIds
SELECT
  m.id,
  m.display_name,
  m.role,
  m.email,
  m.active,
  o.id AS office_id,
  o.code AS office_code,
  o.name AS office_name,
  o.region AS office_region
FROM member m
JOIN office o ON o.id = m.office_id
WHERE m.id = ANY($1::uuid[]);

-- MembersRepository.byEmail
SELECT DISTINCT
  "distinctAlias"."MemberEntity_id" AS "ids_MemberEntity_id"
FROM (
  SELECT
    "MemberEntity"."id" AS "MemberEntity_id",
    "MemberEntity"."email" AS "MemberEntity_email",
    "MemberEntity"."display_name" AS "MemberEntity_display_name",
    "MemberEntity"."office_id" AS "MemberEntity_office_id",
    "MemberEntity"."role" AS "MemberEntity_role",
    "MemberEntity"."active" AS "MemberEntity_active",
    "MemberEntity"."password_hash" AS "MemberEntity_password_hash",
    "MemberEntity"."created_at" AS "MemberEntity_created_at",
    "MemberEntity__MemberEntity_office"."id" AS "MemberEntity__MemberEntity_office_id",
    "MemberEntity__MemberEntity_office"."code" AS "MemberEntity__MemberEntity_office_code",
    "MemberEntity__MemberEntity_office"."name" AS "MemberEntity__MemberEntity_office_name",
    "MemberEntity__MemberEntity_office"."region" AS "MemberEntity__MemberEntity_office_region"
  FROM "member" "MemberEntity"
  LEFT JOIN "office" "MemberEntity__MemberEntity_office" ON "MemberEntity__MemberEntity_office"."id"="MemberEntity"."office_id"
  WHERE (("MemberEntity"."email" = $1))) "distinctAlias"
ORDER BY
  "MemberEntity_id" ASC
LIMIT 1;

SELECT
  "MemberEntity"."id" AS "MemberEntity_id",
  "MemberEntity"."email" AS "MemberEntity_email",
  "MemberEntity"."display_name" AS "MemberEntity_display_name",
  "MemberEntity"."office_id" AS "MemberEntity_office_id",
  "MemberEntity"."role" AS "MemberEntity_role",
  "MemberEntity"."active" AS "MemberEntity_active",
  "MemberEntity"."password_hash" AS "MemberEntity_password_hash",
  "MemberEntity"."created_at" AS "MemberEntity_created_at",
  "MemberEntity__MemberEntity_office"."id" AS "MemberEntity__MemberEntity_office_id",
  "MemberEntity__MemberEntity_office"."code" AS "MemberEntity__MemberEntity_office_code",
  "MemberEntity__MemberEntity_office"."name" AS "MemberEntity__MemberEntity_office_name",
  "MemberEntity__MemberEntity_office"."region" AS "MemberEntity__MemberEntity_office_region"
FROM "member" "MemberEntity"
LEFT JOIN "office" "MemberEntity__MemberEntity_office" ON "MemberEntity__MemberEntity_office"."id"="MemberEntity"."office_id"
WHERE ((("MemberEntity"."email" = $1))) AND ("MemberEntity"."id" IN ($2));

-- MembersRepository.activeById
SELECT DISTINCT
  "distinctAlias"."MemberEntity_id" AS "ids_MemberEntity_id"
FROM (
  SELECT
    "MemberEntity"."id" AS "MemberEntity_id",
    "MemberEntity"."email" AS "MemberEntity_email",
    "MemberEntity"."display_name" AS "MemberEntity_display_name",
    "MemberEntity"."office_id" AS "MemberEntity_office_id",
    "MemberEntity"."role" AS "MemberEntity_role",
    "MemberEntity"."active" AS "MemberEntity_active",
    "MemberEntity"."password_hash" AS "MemberEntity_password_hash",
    "MemberEntity"."created_at" AS "MemberEntity_created_at",
    "MemberEntity__MemberEntity_office"."id" AS "MemberEntity__MemberEntity_office_id",
    "MemberEntity__MemberEntity_office"."code" AS "MemberEntity__MemberEntity_office_code",
    "MemberEntity__MemberEntity_office"."name" AS "MemberEntity__MemberEntity_office_name",
    "MemberEntity__MemberEntity_office"."region" AS "MemberEntity__MemberEntity_office_region"
  FROM "member" "MemberEntity"
  LEFT JOIN "office" "MemberEntity__MemberEntity_office" ON "MemberEntity__MemberEntity_office"."id"="MemberEntity"."office_id"
  WHERE (("MemberEntity"."id" = $1) AND ("MemberEntity"."active" = $2))) "distinctAlias"
ORDER BY
  "MemberEntity_id" ASC
LIMIT 1;

SELECT
  "MemberEntity"."id" AS "MemberEntity_id",
  "MemberEntity"."email" AS "MemberEntity_email",
  "MemberEntity"."display_name" AS "MemberEntity_display_name",
  "MemberEntity"."office_id" AS "MemberEntity_office_id",
  "MemberEntity"."role" AS "MemberEntity_role",
  "MemberEntity"."active" AS "MemberEntity_active",
  "MemberEntity"."password_hash" AS "MemberEntity_password_hash",
  "MemberEntity"."created_at" AS "MemberEntity_created_at",
  "MemberEntity__MemberEntity_office"."id" AS "MemberEntity__MemberEntity_office_id",
  "MemberEntity__MemberEntity_office"."code" AS "MemberEntity__MemberEntity_office_code",
  "MemberEntity__MemberEntity_office"."name" AS "MemberEntity__MemberEntity_office_name",
  "MemberEntity__MemberEntity_office"."region" AS "MemberEntity__MemberEntity_office_region"
FROM "member" "MemberEntity"
LEFT JOIN "office" "MemberEntity__MemberEntity_office" ON "MemberEntity__MemberEntity_office"."id"="MemberEntity"."office_id"
WHERE ((("MemberEntity"."id" = $1) AND ("MemberEntity"."active" = $2))) AND ("MemberEntity"."id" IN ($3));

-- MembersRepository.lockById
SELECT
  "MemberEntity"."id" AS "MemberEntity_id",
  "MemberEntity"."email" AS "MemberEntity_email",
  "MemberEntity"."display_name" AS "MemberEntity_display_name",
  "MemberEntity"."office_id" AS "MemberEntity_office_id",
  "MemberEntity"."role" AS "MemberEntity_role",
  "MemberEntity"."active" AS "MemberEntity_active",
  "MemberEntity"."password_hash" AS "MemberEntity_password_hash",
  "MemberEntity"."created_at" AS "MemberEntity_created_at"
FROM "member" "MemberEntity"
WHERE (("MemberEntity"."id" = $1))
LIMIT 1
FOR UPDATE;

-- MembersRepository.emailTaken
SELECT
  1 AS "row_exists"
FROM (
  SELECT
    1 AS dummy_column) "dummy_table"
WHERE EXISTS (
  SELECT
    1
  FROM "member" "MemberEntity"
  WHERE (("MemberEntity"."email" = $1)))
LIMIT 1;

-- MembersRepository.anyExists
SELECT
  EXISTS (
  SELECT
    1
  FROM member) AS any;

-- MembersRepository.activeAccessByEmail
SELECT
  id,
  office_id,
  role
FROM member
WHERE lower(email) = $1 AND active;

-- MembersRepository.insert
INSERT INTO "member"("id", "email", "display_name", "office_id", "role", "active", "password_hash", "created_at")
VALUES (DEFAULT, $1, $2, $3, $4, $5, $6, DEFAULT)
RETURNING
  "id",
  "role",
  "active",
  "created_at";

-- MembersRepository.update
UPDATE "member"
SET
  "role" = $1
WHERE "id" = $2;

-- MembersRepository.lockBootstrap
SELECT
  pg_advisory_xact_lock($1);

-- MembersRepository.mentionTargets
SELECT
  o.id AS office_id,
  NULL::uuid AS member_id,
  o.id AS seen_from
FROM office o
WHERE o.code = ANY($1::text[])
UNION ALL
SELECT
  NULL::uuid,
  m.id,
  m.office_id
FROM member m
WHERE m.active AND lower(m.display_name) = ANY($2::text[]) AND (
  SELECT
    count(*)
  FROM member same
  WHERE same.active AND lower(same.display_name) = lower(m.display_name)) = 1;
