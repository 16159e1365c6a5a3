-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- SignInAttemptsRepository.lock
SELECT
  pg_advisory_xact_lock($1, hashtext($2));

SELECT
  pg_advisory_xact_lock($1, hashtext($2));

-- SignInAttemptsRepository.recentFailures
SELECT
  count(*) FILTER (
  WHERE email = $2)::int AS by_email,
  count(*) FILTER (
  WHERE ip = $3)::int AS by_ip
FROM audit_event
WHERE kind = $1 AND at > $4 AND (email = $2 OR ip = $3);

-- SignInAttemptsRepository.markSucceeded
UPDATE "audit_event"
SET
  "kind" = $1,
  "at" = $2,
  "actor_id" = $3,
  "member_id" = $4,
  "office_id" = $5
WHERE ("id" = $6 AND "kind" = $7);
