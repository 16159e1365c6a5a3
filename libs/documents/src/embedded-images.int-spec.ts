import { DataSource } from 'typeorm';
import { DocumentExpiry, UNATTACHED_LIFETIME_MS } from './document-expiry.js';
import { pngBytes, startDocumentsForum, type DocumentsForum, type Person } from './testing/documents.fixture.js';

const START = `mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`;
const OPENING = `query($id: ID!) {
  thread(id: $id) { posts(first: 1) { edges { node { id bodyHtml attachments { id } } } } }
}`;
const EDIT = `mutation($id: ID!, $body: String!, $attachments: [ID!]) {
  editPost(id: $id, body: $body, attachments: $attachments) { bodyHtml attachments { id } }
}`;
const NONEXISTENT = '00000000-0000-4000-8000-000000000000';
const DAY_LATER = () => new Date(Date.now() + UNATTACHED_LIFETIME_MS + 60_000);

interface Opening {
  id: string;
  bodyHtml: string;
  attachments: { id: string }[];
}

// Markdown in posts embeds images that are documents of the forum, with the visibility of the post's thread.
describe('images of the forum in a post', () => {
  let forum: DocumentsForum;
  let author: Person;
  let norway: Person;
  let australia: Person;
  let db: DataSource;
  const png = pngBytes(3);

  const blobs = async (id: string) => {
    const [{ count }] = (await db.query(
      'SELECT count(*)::int AS count FROM document_blob b JOIN document d USING (sha256) WHERE d.id = $1',
      [id],
    )) as { count: number }[];
    return count;
  };
  const start = async (token: string, body: string, attachments: string[] = []) => {
    const { startThread } = await forum.gql<{ startThread: { id: string } }>(token, START, {
      input: {
        spaceSlug: 'recommendation-6',
        title: 'Our architecture',
        body,
        visibility: 'OFFICES',
        sharedWith: ['NO'],
        attachments,
      },
    });
    const { thread } = await forum.gql<{ thread: { posts: { edges: { node: Opening }[] } } }>(token, OPENING, {
      id: startThread.id,
    });
    return thread.posts.edges[0].node;
  };

  beforeAll(async () => {
    forum = await startDocumentsForum();
    author = await forum.person('SE');
    norway = await forum.person('NO');
    australia = await forum.person('AU');
    db = forum.api.app.get(DataSource);
  });
  afterAll(() => forum.close());

  it('an uploaded image named in the Markdown is shown, and readable by those who may see the thread only', async () => {
    const id = await forum.uploadId(author.token, 'diagram.png', png, 'image/png');
    const post = await start(author.token, `Our stack:\n\n![diagram](/api/documents/${id})`);
    expect(post.bodyHtml).toContain(`<img src="/api/documents/${id}" alt="diagram" />`);
    expect(post.attachments).toEqual([]);

    const seen = await forum.download(norway.token, id);
    expect(seen.status).toBe(200);
    expect(seen.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await seen.arrayBuffer()).equals(png)).toBe(true);
    for (const token of [australia.token, undefined]) {
      const refused = await forum.download(token, id);
      const missing = await forum.download(token, NONEXISTENT);
      expect(refused.status).toBe(404);
      expect(await refused.text()).toBe(await missing.text());
    }
    const attached = await forum.api.events.published('documents.attached');
    expect(attached).toContainEqual(expect.objectContaining({ payload: expect.objectContaining({ documentId: id }) }));
  });

  it('the post keeps it: no expiry as an unattached upload; an edit that no longer shows it removes it and its content', async () => {
    const id = await forum.uploadId(author.token, 'kept.png', pngBytes(5), 'image/png');
    const post = await start(author.token, `![kept](/api/documents/${id})`);
    await forum.api.app.get(DocumentExpiry).sweep(DAY_LATER());
    expect((await forum.download(norway.token, id)).status).toBe(200);

    await forum.gql(author.token, EDIT, { id: post.id, body: 'The picture is out of date.' });
    expect((await forum.download(author.token, id)).status).toBe(404);
    expect(await blobs(id)).toBe(0);
    const removed = await forum.api.events.published('documents.removed');
    expect(removed).toContainEqual(expect.objectContaining({ payload: expect.objectContaining({ documentId: id }) }));
  });

  it('an edit that leaves the listed attachments alone keeps them, and keeps an image still shown', async () => {
    const listed = await forum.uploadId(author.token, 'listed.png', pngBytes(7), 'image/png');
    const shown = await forum.uploadId(author.token, 'shown.png', pngBytes(9), 'image/png');
    const post = await start(author.token, `![a](/api/documents/${shown})`, [listed]);
    const { editPost } = await forum.gql<{ editPost: { attachments: { id: string }[] } }>(author.token, EDIT, {
      id: post.id,
      body: `Still: ![a](/api/documents/${shown}) and [the other](/api/documents/${listed})`,
    });
    expect(editPost.attachments).toEqual([{ id: listed }]);
    expect((await forum.download(norway.token, shown)).status).toBe(200);
    expect((await forum.download(norway.token, listed)).status).toBe(200);
  });

  it("naming someone else's upload, or a file another post holds, makes a link only: it stays where it was", async () => {
    const theirs = await forum.uploadId(norway.token, 'theirs.png', pngBytes(11), 'image/png');
    const held = await forum.uploadId(author.token, 'held.png', pngBytes(13), 'image/png');
    const holder = await start(author.token, `![held](/api/documents/${held})`);
    const quoting = await start(author.token, `![x](/api/documents/${theirs}) ![y](/api/documents/${held})`);
    expect(quoting.bodyHtml).toContain(`<img src="/api/documents/${held}"`);

    // Not taken by the quoting post: still its uploader's alone, and it expires as before.
    expect((await forum.download(author.token, theirs)).status).toBe(404);
    await forum.api.app.get(DocumentExpiry).sweep(DAY_LATER());
    expect((await forum.download(norway.token, theirs)).status).toBe(404);
    // The quoting post's edit does not take the held file from the post that holds it.
    await forum.gql(author.token, EDIT, { id: quoting.id, body: 'Nothing shown now.' });
    expect((await forum.download(norway.token, held)).status).toBe(200);
    await forum.gql(author.token, EDIT, { id: holder.id, body: 'Gone.' });
    expect((await forum.download(author.token, held)).status).toBe(404);
  });
});
