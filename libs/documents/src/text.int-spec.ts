import { setTimeout as sleep } from 'node:timers/promises';
import { Role } from '@forum/identity';
import {
  docxBytes,
  startDocumentsForum,
  STORES,
  textPdf,
  type DocumentsForum,
  type Person,
} from './testing/documents.fixture.js';

const START = `mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`;
const TEXTS = `query($id: ID!) {
  thread(id: $id) { posts { edges { node { attachments {
    id name contentType text { state text } preview { state pageCount text }
  } } } } }
}`;
type Attachment = {
  id: string;
  name: string;
  contentType: string;
  text: { state: string; text: string | null };
  preview: { state: string; pageCount: number | null; text: string | null };
};

// Acceptance 4 (interim, until search indexes it): the words of an attached file are read in the background and
// readable through the API by those who may see the thread, and by no one else.
describe.each(STORES)('the text of attached documents (%s storage)', (store) => {
  let forum: DocumentsForum;
  let author: Person;
  let norway: Person;
  let australia: Person;
  let wipoAdmin: Person;
  let threadId: string;

  /** The attachments as `token` sees them once none is PENDING (the outbox worker reads them). */
  const settled = async (token: string): Promise<Attachment[]> => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { thread } = await forum.gql<{ thread: { posts: { edges: { node: { attachments: Attachment[] } }[] } } }>(
        token,
        TEXTS,
        { id: threadId },
      );
      const attachments = thread.posts.edges[0].node.attachments;
      if (attachments.every((a) => a.text.state !== 'PENDING')) return attachments;
      await sleep(100);
    }
    throw new Error('The texts were not read within 10 s');
  };

  beforeAll(async () => {
    forum = await startDocumentsForum({ EVENTS_POLL_INTERVAL_MS: '200' }, store);
    author = await forum.person('SE');
    norway = await forum.person('NO');
    australia = await forum.person('AU');
    wipoAdmin = await forum.person('WO', Role.ADMIN);
    const ids = [
      await forum.uploadId(author.token, 'plan.pdf', textPdf('Quantum register migration plan')),
      await forum.uploadId(author.token, 'notes.docx', docxBytes(['Trademark examination', 'Backlog & triage'])),
      await forum.uploadId(author.token, 'readme.txt', Buffer.from('Plain notes about OCR pipelines\n')),
      await forum.uploadId(author.token, 'broken.pdf', Buffer.from('%PDF-1.7\n% not a PDF beyond its first line\n')),
      await forum.uploadId(
        author.token,
        'strategy.pdf',
        textPdf(['Digital strategy 2025 - 2029', 'Goals: cloud first', 'Annex: budget']),
      ),
    ];
    const { startThread } = await forum.gql<{ startThread: { id: string } }>(author.token, START, {
      input: {
        spaceSlug: 'recommendation-9',
        title: 'Texts',
        body: 'Files.',
        visibility: 'OFFICES',
        sharedWith: ['NO'],
        attachments: ids,
      },
    });
    threadId = startThread.id;
  });
  afterAll(() => forum.close());

  it('a NO member reads the words of the PDF, the DOCX and the text file', async () => {
    const byName = Object.fromEntries((await settled(norway.token)).map((a) => [a.name, a.text]));
    expect(byName['plan.pdf']).toEqual({ state: 'DONE', text: expect.stringContaining('Quantum register migration') });
    expect(byName['notes.docx']).toEqual({ state: 'DONE', text: 'Trademark examination\nBacklog & triage' });
    expect(byName['readme.txt']).toEqual({ state: 'DONE', text: 'Plain notes about OCR pipelines\n' });
  });

  it("previews: a PDF's page count and its first page's words; the start of a DOCX or text file", async () => {
    const byName = Object.fromEntries((await settled(norway.token)).map((a) => [a.name, a]));
    expect(byName['strategy.pdf'].preview).toEqual({
      state: 'DONE',
      pageCount: 3,
      text: 'Digital strategy 2025 - 2029',
    });
    expect(byName['strategy.pdf'].text.text).toContain('Annex: budget');
    expect(byName['plan.pdf'].preview).toEqual({
      state: 'DONE',
      pageCount: 1,
      text: 'Quantum register migration plan',
    });
    expect(byName['notes.docx'].preview).toEqual({
      state: 'DONE',
      pageCount: null,
      text: 'Trademark examination\nBacklog & triage',
    });
    expect(byName['broken.pdf'].preview).toEqual({ state: 'FAILED', pageCount: null, text: null });
  });

  it('a file whose text cannot be read says FAILED and stays downloadable', async () => {
    const broken = (await settled(norway.token)).find((a) => a.name === 'broken.pdf')!;
    expect(broken.text).toEqual({ state: 'FAILED', text: null });
    expect((await forum.download(norway.token, broken.id)).status).toBe(200);
  });

  it.each([
    ['an AU member', () => australia.token],
    ['an anonymous caller', () => undefined],
    ['the WO admin', () => wipoAdmin.token],
  ])('%s reads none of it: NOT_FOUND, as for a thread that does not exist', async (_who, token) => {
    await settled(norway.token);
    expect(await forum.errorCodes(token(), TEXTS, { id: threadId })).toEqual(['NOT_FOUND']);
  });
});
