-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- OfficesRepository.list
SELECT
  "OfficeEntity"."id" AS "OfficeEntity_id",
  "OfficeEntity"."code" AS "OfficeEntity_code",
  "OfficeEntity"."name" AS "OfficeEntity_name",
  "OfficeEntity"."region" AS "OfficeEntity_region"
FROM "office" "OfficeEntity"
ORDER BY
  "OfficeEntity"."code" ASC;

-- OfficesRepository.byCode
SELECT
  "OfficeEntity"."id" AS "OfficeEntity_id",
  "OfficeEntity"."code" AS "OfficeEntity_code",
  "OfficeEntity"."name" AS "OfficeEntity_name",
  "OfficeEntity"."region" AS "OfficeEntity_region"
FROM "office" "OfficeEntity"
WHERE (("OfficeEntity"."code" = $1))
LIMIT 1;

-- OfficesRepository.byId
SELECT
  "OfficeEntity"."id" AS "OfficeEntity_id",
  "OfficeEntity"."code" AS "OfficeEntity_code",
  "OfficeEntity"."name" AS "OfficeEntity_name",
  "OfficeEntity"."region" AS "OfficeEntity_region"
FROM "office" "OfficeEntity"
WHERE (("OfficeEntity"."id" = $1))
LIMIT 1;

-- OfficesRepository.byIds
SELECT
  "OfficeEntity"."id" AS "OfficeEntity_id",
  "OfficeEntity"."code" AS "OfficeEntity_code",
  "OfficeEntity"."name" AS "OfficeEntity_name",
  "OfficeEntity"."region" AS "OfficeEntity_region"
FROM "office" "OfficeEntity"
WHERE (("OfficeEntity"."id" IN ($1, $2)));

-- OfficesRepository.byCodes
SELECT
  "OfficeEntity"."id" AS "OfficeEntity_id",
  "OfficeEntity"."code" AS "OfficeEntity_code",
  "OfficeEntity"."name" AS "OfficeEntity_name",
  "OfficeEntity"."region" AS "OfficeEntity_region"
FROM "office" "OfficeEntity"
WHERE (("OfficeEntity"."code" IN ($1, $2)));

-- OfficesRepository.lockByCode
SELECT
  "OfficeEntity"."id" AS "OfficeEntity_id",
  "OfficeEntity"."code" AS "OfficeEntity_code",
  "OfficeEntity"."name" AS "OfficeEntity_name",
  "OfficeEntity"."region" AS "OfficeEntity_region"
FROM "office" "OfficeEntity"
WHERE (("OfficeEntity"."code" = $1))
LIMIT 1
FOR UPDATE;

-- OfficesRepository.insert
INSERT INTO office (code, name, region)
VALUES ($1, $2, $3)
ON CONFLICT (code) DO NOTHING
RETURNING
  id,
  code,
  name,
  region;

-- OfficesRepository.update
UPDATE "office"
SET
  "name" = $1,
  "region" = $2
WHERE "id" = $3;

-- OfficesRepository.insertMissing
INSERT INTO office (code, name, region)
SELECT
  *
FROM unnest($1::text[], $2::text[], $3::text[])
ON CONFLICT (code) DO NOTHING;
