import type { ContentVisibility } from '@forum/events';
import { reply, startForum, startThread, type Forum } from './testing/forum.fixture.js';

describe('discussions publish domain events with their thread', () => {
  let forum: Forum;
  let visibility: ContentVisibility;
  let threadId: string;
  let openingPostId: string;

  beforeAll(async () => {
    forum = await startForum();
    const offices = await forum.api.db.query<{ code: string; id: string }>(
      `SELECT code, id FROM office WHERE code IN ('DE', 'FR')`,
    );
    const id = (code: string) => offices.find((office) => office.code === code)!.id;
    visibility = { visibility: 'OFFICES', officeId: id('DE'), sharedWithOfficeIds: [id('FR')] };
    ({ threadId, openingPostId } = await startThread(forum, forum.cast.author.token, {
      visibility: 'OFFICES',
      sharedWith: ['FR'],
    }));
  });
  afterAll(() => forum.close());

  const newEvents = async (work: () => Promise<unknown>) => {
    const before = (await forum.api.events.published()).length;
    await work();
    return (await forum.api.events.published()).slice(before);
  };

  it('publishes a thread started over HTTP, with its visibility and author', async () => {
    const started = await forum.api.events.published('discussions.thread-started');
    expect(started).toEqual([
      expect.objectContaining({
        payload: { threadId, spaceId: expect.any(String), openingPostId, authorId: forum.cast.author.id },
        actorId: forum.cast.author.id,
        visibility,
      }),
    ]);
  });

  it('publishes one event per write, each carrying the visibility; a refused write publishes nothing', async () => {
    const { author, colleague, moderator, other, sharedWith } = forum.cast;
    let postId = '';
    const replied = await newEvents(async () => {
      postId = await reply(forum, sharedWith.token, threadId, openingPostId, 'From France.');
    });
    expect(replied).toEqual([
      expect.objectContaining({
        name: 'discussions.post-created',
        payload: { postId, threadId, parentPostId: openingPostId, authorId: sharedWith.id },
        visibility,
      }),
    ]);

    const as = (token: string, query: string, variables: Record<string, unknown>) =>
      forum.as(token).data(query, variables);
    const changes = await newEvents(async () => {
      await as(sharedWith.token, 'mutation($id: ID!) { editPost(id: $id, body: "Edited.") { id } }', { id: postId });
      await as(colleague.token, 'mutation($id: ID!) { react(postId: $id, kind: INSIGHTFUL) { id } }', { id: postId });
      await as(colleague.token, 'mutation($id: ID!) { unreact(postId: $id, kind: INSIGHTFUL) { id } }', { id: postId });
      const { flagPost } = (await as(
        colleague.token,
        'mutation($id: ID!) { flagPost(postId: $id, reason: "spam") { id } }',
        {
          id: postId,
        },
      )) as { flagPost: { id: string } };
      // Not the author's post: refused, and nothing published.
      expect(
        await forum.as(author.token).errorCodes('mutation($id: ID!) { deletePost(id: $id) { id } }', { id: postId }),
      ).toHaveLength(1);
      await as(sharedWith.token, 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: postId });
      return flagPost;
    });
    expect(changes.map((event) => event.name)).toEqual([
      'discussions.post-edited',
      'discussions.reaction-changed',
      'discussions.reaction-changed',
      'discussions.flag-raised',
      'discussions.post-deleted',
    ]);
    expect(changes.map((event) => event.visibility)).toEqual(changes.map(() => visibility));
    expect(changes[1].payload).toMatchObject({ postId, threadId, memberId: colleague.id, reacted: true });
    expect(changes[2].payload).toMatchObject({ reacted: false });
    expect(changes[4]).toMatchObject({
      payload: { postId, threadId, deletedById: sharedWith.id },
      actorId: sharedWith.id,
    });

    // The moderator of JP cannot see this thread: NOT_FOUND, and no event.
    const refused = await newEvents(async () => {
      expect(
        await forum
          .as(moderator.token)
          .errorCodes('mutation($id: ID!) { lockThread(id: $id) { id } }', { id: threadId }),
      ).toEqual(['NOT_FOUND']);
      expect(
        await forum.as(other.token).errorCodes('mutation($input: ReplyInput!) { reply(input: $input) { id } }', {
          input: { threadId, body: 'Not mine to see.' },
        }),
      ).toEqual(['NOT_FOUND']);
    });
    expect(refused).toEqual([]);
  });

  it('publishes moderation: lock, pin, move, and a resolved flag', async () => {
    const { author, moderator, colleague } = forum.cast;
    const { threadId: open, openingPostId: opening } = await startThread(forum, author.token, {
      visibility: 'COMMUNITY',
    });
    const mod = (query: string, variables: Record<string, unknown>) => forum.as(moderator.token).data(query, variables);
    const events = await newEvents(async () => {
      await mod('mutation($id: ID!) { lockThread(id: $id) { id } }', { id: open });
      await mod('mutation($id: ID!) { pinThread(id: $id) { id } }', { id: open });
      await mod('mutation($id: ID!) { moveThread(id: $id, spaceSlug: "recommendation-2") { id } }', { id: open });
      const { flagPost } = (await forum
        .as(colleague.token)
        .data('mutation($id: ID!) { flagPost(postId: $id, reason: "off topic") { id } }', { id: opening })) as {
        flagPost: { id: string };
      };
      await mod('mutation($input: ResolveFlagInput!) { resolveFlag(input: $input) { id } }', {
        input: { flagId: flagPost.id, decision: 'DISMISSED' },
      });
    });
    expect(events.map((event) => event.name)).toEqual([
      'discussions.thread-locked',
      'discussions.thread-pinned',
      'discussions.thread-moved',
      'discussions.flag-raised',
      'discussions.flag-resolved',
    ]);
    expect(events[0]).toMatchObject({
      payload: { threadId: open, locked: true, moderatorId: moderator.id },
      actorId: moderator.id,
    });
    expect(events[4].payload).toMatchObject({ postId: opening, threadId: open, decision: 'DISMISSED' });
    expect(events.every((event) => event.visibility?.visibility === 'COMMUNITY')).toBe(true);
  });
});
