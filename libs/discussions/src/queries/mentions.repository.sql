-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- MentionsRepository.deleteOfPost
DELETE FROM post_mention
WHERE post_id = $1;

-- MentionsRepository.insert
INSERT INTO post_mention (post_id, office_id, member_id)
SELECT
  $1::uuid,
  unnest($2::uuid[]),
  unnest($3::uuid[]);
