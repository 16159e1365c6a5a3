-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- SignInAttemptsRepository.lock
SELECT
  pg_advisory_xact_lock($1, hashtext($2));

SELECT
  pg_advisory_xact_lock($1, hashtext($2));

-- SignInAttemptsRepository.recentFailures
WITH cleared AS (
  SELECT
    max(at) FILTER (
    WHERE email = $2 AND ip IS NULL) AS email_at,
    max(at) FILTER (
    WHERE ip = $3 AND email IS NULL) AS ip_at,
    max(at) FILTER (
    WHERE email = $2 AND ip = $3) AS pair_at
  FROM audit_event
  WHERE kind = $5 AND at > $4 AND (email = $2 OR ip = $3))
SELECT
  count(f.id) FILTER (
  WHERE f.email = $2 AND f.ip IS NOT DISTINCT
  FROM $3 AND f.at > greatest(c.email_at, c.ip_at, c.pair_at, $4))::int AS by_pair,
  count(f.id) FILTER (
  WHERE f.email = $2 AND f.at > greatest(c.email_at, $4))::int AS by_email,
  count(f.id) FILTER (
  WHERE f.ip = $3 AND f.at > greatest(c.ip_at, $4))::int AS by_ip,
  EXISTS (
  SELECT
    1
  FROM audit_event s
  WHERE s.kind = $6 AND s.email = $2 AND s.ip = $3 AND s.at > $7) AS familiar
FROM cleared c
LEFT JOIN audit_event f ON f.kind = $1 AND f.at > $4 AND (f.email = $2 OR f.ip = $3)
GROUP BY
  c.email_at,
  c.ip_at,
  c.pair_at;

-- SignInAttemptsRepository.markSucceeded
UPDATE "audit_event"
SET
  "kind" = $1,
  "at" = $2,
  "actor_id" = $3,
  "member_id" = $4,
  "office_id" = $5
WHERE ("id" = $6 AND "kind" = $7);
