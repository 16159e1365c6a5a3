import { Role } from '@forum/identity';
import {
  pdfBytes,
  startDocumentsForum,
  STORES,
  type DocumentsForum,
  type Person,
} from './testing/documents.fixture.js';

const START = `mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`;
const THREAD_ATTACHMENTS = `query($id: ID!) {
  thread(id: $id) { posts { edges { node { id attachments { id name contentType size sha256 url } } } } }
}`;
const NONEXISTENT = '00000000-0000-4000-8000-000000000000';

// Acceptance 1: a PDF attached to a thread shared with NO.
describe.each(STORES)('a document attached to a thread shared with NO (%s storage)', (store) => {
  let forum: DocumentsForum;
  let author: Person;
  let norway: Person;
  let australia: Person;
  let wipoAdmin: Person;
  const pdf = pdfBytes();
  let documentId: string;
  let threadId: string;

  beforeAll(async () => {
    forum = await startDocumentsForum({}, store);
    author = await forum.person('SE');
    norway = await forum.person('NO');
    australia = await forum.person('AU');
    wipoAdmin = await forum.person('WO', Role.ADMIN);
    documentId = await forum.uploadId(author.token, 'Register migration.pdf', pdf);
    ({
      startThread: { id: threadId },
    } = await forum.gql<{ startThread: { id: string } }>(author.token, START, {
      input: {
        spaceSlug: 'recommendation-9',
        title: 'Register migration',
        body: 'Our plan, attached.',
        visibility: 'OFFICES',
        sharedWith: ['NO'],
        attachments: [documentId],
      },
    }));
  });
  afterAll(() => forum.close());

  it('a NO member downloads it byte for byte, inline as a PDF, with nosniff and a sandboxing CSP', async () => {
    const response = await forum.download(norway.token, documentId);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent('Register migration.pdf')}`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('a NO member reads it through Post.attachments', async () => {
    const { thread } = await forum.gql<{
      thread: { posts: { edges: { node: { attachments: { id: string; size: number; url: string }[] } }[] } };
    }>(norway.token, THREAD_ATTACHMENTS, { id: threadId });
    expect(thread.posts.edges[0].node.attachments).toEqual([
      expect.objectContaining({ id: documentId, size: pdf.length, url: `/api/documents/${documentId}` }),
    ]);
  });

  it('serves a range: 206 with the bytes asked and Content-Range', async () => {
    const response = await forum.download(norway.token, documentId, { range: 'bytes=5-15' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 5-15/${pdf.length}`);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf.subarray(5, 16))).toBe(true);
    const tail = await forum.download(norway.token, documentId, { range: `bytes=-10` });
    expect(Buffer.from(await tail.arrayBuffer()).equals(pdf.subarray(pdf.length - 10))).toBe(true);
    const outside = await forum.download(norway.token, documentId, { range: `bytes=${pdf.length}-` });
    expect(outside.status).toBe(416);
  });

  it.each([
    ['an AU member', () => australia.token],
    ['an anonymous caller', () => undefined],
    ['the WO admin', () => wipoAdmin.token],
  ])('%s gets exactly the 404 of a nonexistent id on the URL', async (_who, token) => {
    const refused = await forum.download(token(), documentId);
    const missing = await forum.download(token(), NONEXISTENT);
    expect(refused.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await refused.text()).toBe(await missing.text());
    expect(refused.headers.get('content-type')).toBe(missing.headers.get('content-type'));
  });

  it.each([
    ['an AU member', () => australia.token],
    ['an anonymous caller', () => undefined],
    ['the WO admin', () => wipoAdmin.token],
  ])('%s gets NOT_FOUND where attachments are listed, as for a thread that does not exist', async (_who, token) => {
    expect(await forum.errorCodes(token(), THREAD_ATTACHMENTS, { id: threadId })).toEqual(['NOT_FOUND']);
    expect(await forum.errorCodes(token(), THREAD_ATTACHMENTS, { id: NONEXISTENT })).toEqual(['NOT_FOUND']);
  });

  it('publishes documents.attached with the visibility of the thread, for search and notifications', async () => {
    const attached = await forum.api.events.published('documents.attached');
    expect(attached).toEqual([
      expect.objectContaining({
        payload: expect.objectContaining({ documentId, threadId }),
        visibility: expect.objectContaining({ visibility: 'OFFICES', sharedWithOfficeIds: [expect.any(String)] }),
      }),
    ]);
  });

  it("an upload not yet attached is its uploader's alone", async () => {
    const id = await forum.uploadId(author.token, 'draft.pdf', pdfBytes('draft'));
    expect((await forum.download(author.token, id)).status).toBe(200);
    expect((await forum.download(norway.token, id)).status).toBe(404);
  });
});
