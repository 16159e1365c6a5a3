-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- AudienceRepository.whoMaySee
SELECT
  m.id AS member_id,
  m.office_id
FROM member m
WHERE m.active AND (m.id = ANY($1::uuid[]) OR m.office_id = ANY($2::uuid[])) AND ($3::text IN ('PUBLIC', 'COMMUNITY') OR ($3::text IN ('OFFICES', 'OFFICE') AND m.office_id = $4::uuid) OR ($3::text = 'OFFICES' AND m.office_id = ANY($5::uuid[])));
