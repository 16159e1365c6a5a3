-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- DeliveryFactsRepository.ofPost
SELECT
  p.id AS post_id,
  t.id AS thread_id,
  t.space_id,
  t.title,
  t.author_id AS thread_author_id,
  t.office_id,
  t.visibility,
  t.shared_with_office_ids,
  t.tags,
  p.author_id,
  p.parent_id,
  parent.author_id AS parent_author_id,
  p.deleted,
  ARRAY(
  SELECT
    m.member_id
  FROM post_mention m
  WHERE m.post_id = p.id AND m.member_id IS NOT NULL) AS mentioned_member_ids,
  ARRAY(
  SELECT
    m.office_id
  FROM post_mention m
  WHERE m.post_id = p.id AND m.office_id IS NOT NULL) AS mentioned_office_ids
FROM post p
JOIN thread t ON t.id = p.thread_id
LEFT JOIN post parent ON parent.id = p.parent_id
WHERE p.id = $1;

-- DeliveryFactsRepository.ofThreads
SELECT
  t.id AS thread_id,
  t.space_id,
  t.title,
  t.office_id,
  t.visibility,
  t.shared_with_office_ids
FROM thread t
WHERE t.id = ANY($1::uuid[]);
