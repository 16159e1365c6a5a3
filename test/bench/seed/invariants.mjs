// What the services keep true of the discussion tables, checked over the whole database: a generated data set (or one
// written by the API) must pass every check. Each query counts the rows that break one rule.
export const INVARIANTS = {
  'post_count is the number of posts of the thread': `
    SELECT count(*) FROM thread t LEFT JOIN (SELECT thread_id, count(*) AS n FROM post GROUP BY thread_id) p
      ON p.thread_id = t.id WHERE t.post_count IS DISTINCT FROM p.n`,
  'last_post_sequence is the highest sequence in the thread': `
    SELECT count(*) FROM thread t JOIN (SELECT thread_id, max(right(path, 8)::int) AS s FROM post WHERE path ~ '^[0-9.]+$' GROUP BY thread_id) p
      ON p.thread_id = t.id WHERE t.last_post_sequence <> p.s`,
  'sequences are unique in a thread': `
    SELECT count(*) FROM (SELECT thread_id, right(path, 8) FROM post GROUP BY 1, 2 HAVING count(*) > 1) d`,
  'paths are well formed and depth matches': `
    SELECT count(*) FROM post WHERE path !~ '^[0-9]{8}([.][0-9]{8})*$' OR depth <> (length(path) - 8) / 9`,
  'one opening post per thread, path 00000001, no parent': `
    SELECT (SELECT count(*) FROM post WHERE (depth = 0) <> (parent_id IS NULL) OR (depth = 0 AND path <> '00000001'))
         + (SELECT count(*) FROM thread t WHERE (SELECT count(*) FROM post p WHERE p.thread_id = t.id AND p.depth = 0) <> 1)`,
  'a reply sits under its parent, in the same thread': `
    SELECT count(*) FROM post c JOIN post p ON p.id = c.parent_id
      WHERE c.thread_id <> p.thread_id OR left(c.path, length(c.path) - 9) <> p.path`,
  'reply_count is the number of direct replies': `
    SELECT count(*) FROM post p LEFT JOIN (SELECT parent_id, count(*) AS n FROM post WHERE parent_id IS NOT NULL GROUP BY parent_id) c
      ON c.parent_id = p.id WHERE p.reply_count <> COALESCE(c.n, 0)`,
  'last_activity_at is the newest post, created_at the opening post': `
    SELECT count(*) FROM thread t JOIN (SELECT thread_id, max(created_at) AS last, min(created_at) AS first FROM post GROUP BY thread_id) p
      ON p.thread_id = t.id WHERE t.last_activity_at <> p.last OR t.created_at <> p.first`,
  'posts follow the order of their sequence in time': `
    SELECT count(*) FROM (SELECT created_at < lag(created_at) OVER (PARTITION BY thread_id ORDER BY right(path, 8)) AS back FROM post) x
      WHERE back`,
  'authors and reactors may see the thread': `
    SELECT count(*) FROM (
      SELECT t.visibility, t.office_id, t.shared_with_office_ids, m.office_id AS member_office
        FROM post p JOIN thread t ON t.id = p.thread_id JOIN member m ON m.id = p.author_id
      UNION ALL
      SELECT t.visibility, t.office_id, t.shared_with_office_ids, m.office_id
        FROM post_reaction r JOIN post p ON p.id = r.post_id JOIN thread t ON t.id = p.thread_id JOIN member m ON m.id = r.member_id
    ) x WHERE (visibility = 'OFFICE' AND member_office <> office_id)
           OR (visibility = 'OFFICES' AND member_office <> office_id AND NOT member_office = ANY(shared_with_office_ids))`,
  'the thread office is the office of its author': `
    SELECT count(*) FROM thread t JOIN member m ON m.id = t.author_id WHERE m.office_id <> t.office_id`,
  'deleted posts keep no text, revisions or mentions': `
    SELECT count(*) FROM post p WHERE p.deleted AND (p.body <> '' OR p.body_html <> ''
      OR EXISTS (SELECT 1 FROM post_revision r WHERE r.post_id = p.id))`,
  'edited posts, and only those, have revisions': `
    SELECT count(*) FROM post p WHERE (p.edited_at IS NOT NULL) <> EXISTS (SELECT 1 FROM post_revision r WHERE r.post_id = p.id)
      AND NOT p.deleted`,
  'strategies, reports and stacks sit in a thread of their kind, in their space, shared by their office': `
    SELECT (SELECT count(*) FROM ict_strategy s JOIN thread t ON t.id = s.thread_id JOIN space sp ON sp.id = t.space_id
            WHERE t.kind <> 'ICT_STRATEGY' OR sp.slug <> 'recommendation-2' OR t.office_id <> s.office_id
               OR t.visibility <> s.visibility OR t.shared_with_office_ids <> s.shared_with_office_ids)
         + (SELECT count(*) FROM experience_report r JOIN thread t ON t.id = r.thread_id JOIN space sp ON sp.id = t.space_id
            WHERE t.kind <> 'EXPERIENCE_REPORT' OR sp.slug <> 'recommendation-' || r.recommendations[1]
               OR t.office_id <> r.office_id OR t.visibility <> r.visibility)
         + (SELECT count(*) FROM tech_stack s JOIN thread t ON t.id = s.thread_id JOIN space sp ON sp.id = t.space_id
            WHERE t.kind <> 'TECH_STACK' OR sp.slug <> 'recommendation-8' OR t.office_id <> s.office_id)`,
  "an office's stack versions are 1 to n, all in one thread": `
    SELECT count(*) FROM (SELECT office_id FROM tech_stack GROUP BY office_id
      HAVING max(version) <> count(*) OR count(DISTINCT thread_id) <> 1) x`,
};

/** Runs every check; returns { rule: violations } for the rules that fail (empty when all hold). */
export async function checkInvariants(client) {
  const failures = {};
  for (const [rule, sql] of Object.entries(INVARIANTS)) {
    const { rows } = await client.query(sql);
    const violations = Number(Object.values(rows[0])[0]);
    if (violations !== 0) failures[rule] = violations;
  }
  return failures;
}
