import type { GraphQLResponse } from '@forum/testing';
import { DiscussionsReason } from './discussions.errors.js';
import { REPLY, reply, startForum, startThread, type Forum } from './testing/forum.fixture.js';

/** Each error as [extensions.code, extensions.reason]. */
const refusals = (response: GraphQLResponse<unknown>) =>
  (response.errors ?? []).map((error) => [error.extensions?.code, error.extensions?.reason]);

const EDIT = 'mutation($id: ID!, $body: String!) { editPost(id: $id, body: $body) { id } }';
const FLAG = 'mutation($id: ID!) { flagPost(postId: $id, reason: "off topic") { id } }';
const RESOLVE = 'mutation($input: ResolveFlagInput!) { resolveFlag(input: $input) { id } }';

describe('discussions tell one refusal from another (extensions.reason)', () => {
  let forum: Forum;
  beforeAll(async () => (forum = await startForum()));
  afterAll(() => forum.close());

  it('tells a locked thread from a post of someone else, both FORBIDDEN', async () => {
    const { author, colleague, moderator } = forum.cast;
    const { threadId, openingPostId } = await startThread(forum, author.token);
    expect(refusals(await forum.as(colleague.token).request(EDIT, { id: openingPostId, body: 'mine now' }))).toEqual([
      ['FORBIDDEN', DiscussionsReason.NOT_AUTHOR],
    ]);
    await forum.as(moderator.token).data('mutation($id: ID!) { lockThread(id: $id) { id } }', { id: threadId });
    expect(refusals(await forum.as(colleague.token).request(REPLY, { input: { threadId, body: 'late' } }))).toEqual([
      ['FORBIDDEN', DiscussionsReason.THREAD_LOCKED],
    ]);
  });

  it('tells a flag made twice, a deleted post and a settled flag apart, all CONFLICT', async () => {
    const { author, colleague, moderator } = forum.cast;
    const { threadId } = await startThread(forum, author.token);
    const post = await reply(forum, colleague.token, threadId, null, 'questionable');
    const { flagPost } = await forum.as(author.token).data<{ flagPost: { id: string } }>(FLAG, { id: post });
    expect(refusals(await forum.as(author.token).request(FLAG, { id: post }))).toEqual([
      ['CONFLICT', DiscussionsReason.ALREADY_FLAGGED],
    ]);
    const input = { flagId: flagPost.id, decision: 'POST_REMOVED' };
    await forum.as(moderator.token).data(RESOLVE, { input });
    expect(refusals(await forum.as(moderator.token).request(RESOLVE, { input }))).toEqual([
      ['CONFLICT', DiscussionsReason.FLAG_RESOLVED],
    ]);
    expect(
      refusals(
        await forum.as(author.token).request('mutation($id: ID!) { react(postId: $id, kind: LIKE) { id } }', {
          id: post,
        }),
      ),
    ).toEqual([['CONFLICT', DiscussionsReason.POST_DELETED]]);
  });

  it('gives a thread that may not be seen the same NOT_FOUND, reason included, as one that does not exist', async () => {
    const { author, other } = forum.cast;
    const { threadId } = await startThread(forum, author.token, { visibility: 'OFFICE' });
    const THREAD = 'query($id: ID!) { thread(id: $id) { id } }';
    const hidden = refusals(await forum.as(other.token).request(THREAD, { id: threadId }));
    const missing = refusals(
      await forum.as(other.token).request(THREAD, { id: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(hidden).toEqual([['NOT_FOUND', DiscussionsReason.THREAD_NOT_FOUND]]);
    expect(missing).toEqual(hidden);
  });

  it('names what is wrong with a reply beyond the field', async () => {
    const { author } = forum.cast;
    const { threadId } = await startThread(forum, author.token);
    const { openingPostId: elsewhere } = await startThread(forum, author.token);
    const response = await forum.as(author.token).request(REPLY, {
      input: { threadId, parentPostId: elsewhere, body: 'lost' },
    });
    expect(refusals(response)).toEqual([['BAD_USER_INPUT', DiscussionsReason.PARENT_NOT_IN_THREAD]]);
    expect(response.errors?.[0].extensions?.field).toBe('parentPostId');
  });
});
