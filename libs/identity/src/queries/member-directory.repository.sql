-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- MemberDirectoryRepository.page
SELECT
  m.id,
  m.display_name,
  m.role,
  m.email,
  m.active,
  date_trunc('milliseconds', m.created_at) AS created_at,
  o.id AS office_id,
  o.code AS office_code,
  o.name AS office_name,
  o.region AS office_region
FROM member m
JOIN office o ON o.id = m.office_id
WHERE ($1::uuid IS NULL OR m.office_id = $1) AND ($2::member_role IS NULL OR m.role = $2) AND ($3::boolean IS NULL OR m.active = $3) AND ($4::timestamptz IS NULL OR (date_trunc('milliseconds', m.created_at), m.id) > ($4, $5::uuid))
ORDER BY
  date_trunc('milliseconds', m.created_at),
  m.id
LIMIT $6;

-- MemberDirectoryRepository.count
SELECT
  count(*)::int AS n
FROM member m
WHERE ($1::uuid IS NULL OR m.office_id = $1) AND ($2::member_role IS NULL OR m.role = $2) AND ($3::boolean IS NULL OR m.active = $3);

-- MemberDirectoryRepository.lockAdminRoster
SELECT
  pg_advisory_xact_lock($1);

-- MemberDirectoryRepository.otherActiveAdmins
SELECT
  count(*)::int AS n
FROM member
WHERE role = 'ADMIN' AND active AND id <> $1;

-- MemberDirectoryRepository.credentialsOf
SELECT
  password_hash,
  active,
  office_id,
  email
FROM member
WHERE id = $1
FOR UPDATE;

-- MemberDirectoryRepository.idByEmail
SELECT
  id
FROM member
WHERE email = $1;

-- MemberDirectoryRepository.setPasswordHash
UPDATE member
SET
  password_hash = $2
WHERE id = $1;
