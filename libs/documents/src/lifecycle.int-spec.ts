import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { DocumentExpiry, UNATTACHED_LIFETIME_MS } from './document-expiry.js';
import {
  pdfBytes,
  startDocumentsForum,
  STORES,
  type DocumentsForum,
  type Person,
} from './testing/documents.fixture.js';

const START = `mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`;
const REPLY = `mutation($input: ReplyInput!) { reply(input: $input) { id } }`;
const EDIT = `mutation($id: ID!, $body: String!, $attachments: [ID!]) {
  editPost(id: $id, body: $body, attachments: $attachments) { id attachments { id } }
}`;
const OPENING = `query($id: ID!) { thread(id: $id) { posts(first: 1) { edges { node { id attachments { id } } } } } }`;

// Acceptance 5: an upload never attached is gone after its expiry; removing an attachment removes the file when
// nothing else references it.
describe.each(STORES)('the life of a document (%s storage)', (store) => {
  let forum: DocumentsForum;
  let member: Person;
  let db: DataSource;
  const stored = async (sha256: string) => {
    const [{ blobs }] = (await db.query('SELECT count(*)::int AS blobs FROM document_blob WHERE sha256 = $1', [
      sha256,
    ])) as { blobs: number }[];
    return { blobs, copies: await forum.copiesOf(sha256) };
  };
  const upload = async (name: string, bytes: Buffer) => {
    const response = await forum.upload(member.token, name, bytes);
    return (await response.json()) as { id: string; sha256: string };
  };
  const startWith = async (attachments: string[]) => {
    const { startThread } = await forum.gql<{ startThread: { id: string } }>(member.token, START, {
      input: { spaceSlug: 'recommendation-9', title: 'With files', body: 'See attached.', attachments },
    });
    const { thread } = await forum.gql<{ thread: { posts: { edges: { node: { id: string } }[] } } }>(
      member.token,
      OPENING,
      { id: startThread.id },
    );
    return { threadId: startThread.id, postId: thread.posts.edges[0].node.id };
  };

  beforeAll(async () => {
    forum = await startDocumentsForum({ EVENTS_POLL_INTERVAL_MS: '200' }, store);
    member = await forum.person('NO');
    db = forum.api.app.get(DataSource);
  });
  afterAll(() => forum.close());

  it('an upload never attached is gone, with its content, once a day has passed; attached ones stay', async () => {
    const lonely = await upload('lonely.pdf', pdfBytes('never attached'));
    const kept = await upload('kept.pdf', pdfBytes('attached'));
    await startWith([kept.id]);
    const expiry = forum.api.app.get(DocumentExpiry);

    expect(await expiry.sweep(new Date(Date.now() + UNATTACHED_LIFETIME_MS - 60_000))).toBe(0);
    expect((await forum.download(member.token, lonely.id)).status).toBe(200);

    expect(await expiry.sweep(new Date(Date.now() + UNATTACHED_LIFETIME_MS + 60_000))).toBeGreaterThanOrEqual(1);
    expect((await forum.download(member.token, lonely.id)).status).toBe(404);
    expect(await stored(lonely.sha256)).toEqual({ blobs: 0, copies: 0 });
    expect((await forum.download(member.token, kept.id)).status).toBe(200);
    expect(await stored(kept.sha256)).toEqual({ blobs: 1, copies: 1 });
  });

  it('editPost without an attachment removes its file; content another upload still has stays', async () => {
    const shared = pdfBytes('two uploads of this');
    const first = await upload('first.pdf', shared);
    const second = await upload('second.pdf', shared);
    const only = await upload('only.pdf', pdfBytes('one upload of this'));
    const a = await startWith([first.id, only.id]);
    await startWith([second.id]);

    const { editPost } = await forum.gql<{ editPost: { attachments: { id: string }[] } }>(member.token, EDIT, {
      id: a.postId,
      body: 'Files removed.',
      attachments: [],
    });
    expect(editPost.attachments).toEqual([]);
    const removed = (await forum.api.events.published('documents.removed')).map((event) => event.payload.documentId);
    expect(removed).toEqual(expect.arrayContaining([first.id, only.id]));
    expect((await forum.download(member.token, first.id)).status).toBe(404);
    expect((await forum.download(member.token, only.id)).status).toBe(404);
    expect(await stored(only.sha256)).toEqual({ blobs: 0, copies: 0 });
    // The same content is the other post's attachment: stored still, and downloadable there.
    expect(await stored(first.sha256)).toEqual({ blobs: 1, copies: 1 });
    const kept = await forum.download(member.token, second.id);
    expect(Buffer.from(await kept.arrayBuffer()).equals(shared)).toBe(true);
  });

  it('deleting a post removes its files (in the background), and their content when nothing else has it', async () => {
    const doomed = await upload('doomed.pdf', pdfBytes('deleted with its post'));
    const { threadId } = await startWith([]);
    const { reply } = await forum.gql<{ reply: { id: string } }>(member.token, REPLY, {
      input: { threadId, body: 'With a file.', attachments: [doomed.id] },
    });
    const postId = reply.id;
    await forum.gql(member.token, 'mutation($id: ID!) { deletePost(id: $id) { id } }', { id: postId });
    expect((await forum.download(member.token, doomed.id)).status).toBe(404);
    for (let attempt = 0; attempt < 100 && (await stored(doomed.sha256)).blobs > 0; attempt++) await sleep(100);
    expect(await stored(doomed.sha256)).toEqual({ blobs: 0, copies: 0 });
  });

  it('editPost without attachments keeps them; with a list, keeps that list in its order', async () => {
    const one = await upload('one.pdf', pdfBytes('one'));
    const two = await upload('two.pdf', pdfBytes('two'));
    const { postId } = await startWith([one.id]);
    const unchanged = await forum.gql<{ editPost: { attachments: { id: string }[] } }>(member.token, EDIT, {
      id: postId,
      body: 'Text only.',
    });
    expect(unchanged.editPost.attachments).toEqual([{ id: one.id }]);
    const reordered = await forum.gql<{ editPost: { attachments: { id: string }[] } }>(member.token, EDIT, {
      id: postId,
      body: 'Both.',
      attachments: [two.id, one.id],
    });
    expect(reordered.editPost.attachments).toEqual([{ id: two.id }, { id: one.id }]);
  });
});
