import { reply, startForum, startThread, type Forum } from './testing/forum.fixture.js';

interface AuditRow {
  kind: string;
  actor_id: string;
  member_id: string | null;
  details: Record<string, unknown>;
}

// Issue 8: moderation goes into (identity's) audit log, in the moderation's own transaction.
describe('moderation is audited', () => {
  let forum: Forum;
  beforeAll(async () => (forum = await startForum()));
  afterAll(() => forum.close());

  const auditSince = (at: Date) =>
    forum.api.db.query<AuditRow>(
      `SELECT kind, actor_id, member_id, details FROM audit_event
       WHERE at >= $1 AND kind NOT IN ('SIGN_IN', 'SIGN_IN_FAILED') ORDER BY at, kind`,
      [at],
    );

  it('records lock, pin, move (with spaces) and their undoing, by the moderator', async () => {
    const { author, moderator } = forum.cast;
    const { threadId } = await startThread(forum, author.token, { spaceSlug: 'general' });
    const since = new Date();
    const as = forum.as(moderator.token);
    await as.data('mutation($id: ID!) { lockThread(id: $id) { id } }', { id: threadId });
    await as.data('mutation($id: ID!) { pinThread(id: $id) { id } }', { id: threadId });
    await as.data('mutation($id: ID!) { moveThread(id: $id, spaceSlug: "recommendation-2") { id } }', { id: threadId });
    await as.data('mutation($id: ID!) { lockThread(id: $id, locked: false) { id } }', { id: threadId });
    const rows = await auditSince(since);
    expect(rows.map((row) => row.kind)).toEqual(['THREAD_LOCKED', 'THREAD_PINNED', 'THREAD_MOVED', 'THREAD_UNLOCKED']);
    expect(rows.every((row) => row.actor_id === moderator.id && row.details.threadId === threadId)).toBe(true);
    expect(rows[2].details).toMatchObject({ fromSpaceId: expect.any(String), toSpaceId: expect.any(String) });
  });

  it("records flag decisions, and the removal of someone else's post, not an author's own deletion", async () => {
    const { author, other, colleague, moderator } = forum.cast;
    const { threadId } = await startThread(forum, author.token);
    const spam = await reply(forum, other.token, threadId, null, 'Buy cheap licences!');
    const own = await reply(forum, colleague.token, threadId, null, 'I take this back');
    const since = new Date();
    const { flagPost } = await forum
      .as(author.token)
      .data<{ flagPost: { id: string } }>('mutation($id: ID!) { flagPost(postId: $id, reason: "spam") { id } }', {
        id: spam,
      });
    await forum
      .as(moderator.token)
      .data('mutation($input: ResolveFlagInput!) { resolveFlag(input: $input) { status } }', {
        input: { flagId: flagPost.id, decision: 'POST_REMOVED' },
      });
    await forum.as(colleague.token).data('mutation($id: ID!) { deletePost(id: $id) { id } }', { id: own });

    const rows = await auditSince(since);
    expect(rows.map((row) => [row.kind, row.actor_id, row.member_id])).toEqual([
      ['POST_REMOVED', moderator.id, other.id],
      ['FLAG_RESOLVED', moderator.id, other.id],
    ]);
    expect(rows[1].details).toEqual({ flagId: flagPost.id, postId: spam, threadId, decision: 'POST_REMOVED' });
  });
});
