import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DataSource } from 'typeorm';
import {
  executableBytes,
  pdfBytes,
  startDocumentsForum,
  STORES,
  streamUpload,
  type DocumentsForum,
  type Person,
} from './testing/documents.fixture.js';

const MiB = 1024 * 1024;
/** The largest upload of these tests: big enough that holding half of it would show above the noise. */
const LIMIT = 64 * MiB;
/** What the API may hold at once, whatever the file's size (S3: lib-storage's 5 MiB parts in flight). */
const FLAT = 24 * MiB;
const REPLY = `mutation($input: ReplyInput!) { reply(input: $input) { id attachments { id name } } }`;
const START = `mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`;

// A collection on demand, so that samples count what is held, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** What this process holds in JavaScript objects and buffers after a full collection (the API runs in it). */
const heldBytes = () => {
  collect();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

/**
 * Streams an upload of `totalBytes`, measuring what the process holds when each fraction `at` of it has been sent
 * (a collection each time: only a few, they are slow); answers the outcome and the most memory grew over the start.
 */
async function uploadMeasured(url: string, token: string, totalBytes: number, at: number[]) {
  const start = heldBytes();
  let peak = start;
  const result = await streamUpload(url, token, totalBytes, { at, call: () => (peak = Math.max(peak, heldBytes())) });
  return { result, growth: peak - start };
}

describe.each(STORES)('uploads (%s storage)', (store) => {
  let forum: DocumentsForum;
  let member: Person;
  let threadId: string;

  beforeAll(async () => {
    forum = await startDocumentsForum({ UPLOAD_MAX_BYTES: String(LIMIT), UPLOAD_MAX_FILES_PER_POST: '2' }, store);
    member = await forum.person('NO');
    ({
      startThread: { id: threadId },
    } = await forum.gql<{ startThread: { id: string } }>(member.token, START, {
      input: { spaceSlug: 'recommendation-9', title: 'Uploads', body: 'Files below.' },
    }));
  });
  afterAll(() => forum.close());

  it('answers 201 with the document, its type decided from its bytes', async () => {
    const response = await forum.upload(member.token, 'notes.bin', pdfBytes('typed by content'), 'text/plain');
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'notes.bin', contentType: 'application/pdf', url: `/api/documents/${body.id}` });
  });

  it('refuses an executable named .pdf (415, documents.type-not-allowed), whatever header the client sent', async () => {
    const response = await forum.upload(member.token, 'annual-report.pdf', executableBytes(), 'application/pdf');
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'documents.type-not-allowed' });
  });

  it('takes plain text, served as an attachment (not inline)', async () => {
    const id = await forum.uploadId(member.token, 'readme.txt', Buffer.from('Plain words, UTF-8: Größe.\n'));
    const response = await forum.download(member.token, id);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it('refuses anonymous uploads (401)', async () => {
    expect((await forum.upload(undefined, 'a.pdf', pdfBytes())).status).toBe(401);
  });

  it('refuses a file over UPLOAD_MAX_BYTES while it streams: 413 before the body is sent, memory flat', async () => {
    const { result, growth } = await uploadMeasured(forum.api.url, member.token, 256 * MiB, [0.05, 0.1]);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ reason: 'documents.too-large' });
    // The refusal came after about LIMIT of 256 MiB (socket buffers add a few), not after the whole body.
    expect(result.writtenWhenAnswered).toBeLessThan(LIMIT + 16 * MiB);
    expect(growth).toBeLessThan(FLAT);
  });

  it('stores a file just under the limit without holding it in memory, and serves its end', async () => {
    const size = LIMIT - 1024;
    const { result, growth } = await uploadMeasured(forum.api.url, member.token, size, [0.5, 0.95]);
    expect(result.status).toBe(201);
    // Memory grows by far less than the file: it streams through a temporary file into the store's pieces.
    expect(growth).toBeLessThan(FLAT);
    const stored = JSON.parse(result.body) as { id: string; size: number };
    const download = await forum.download(member.token, stored.id, { range: `bytes=${stored.size - 4}-` });
    expect(Buffer.from(await download.arrayBuffer()).toString()).toBe('AAAA');
  });

  it('stores the same content once, however many uploads carry it', async () => {
    const bytes = pdfBytes('stored once');
    const first = await forum.uploadId(member.token, 'one.pdf', bytes);
    const second = await forum.uploadId(member.token, 'two.pdf', bytes);
    expect(first).not.toBe(second);
    const db = forum.api.app.get(DataSource);
    const [counts] = (await db.query(
      `SELECT (SELECT count(*)::int FROM document WHERE sha256 = s.sha256) AS documents,
              (SELECT count(*)::int FROM document_blob WHERE sha256 = s.sha256) AS blobs, s.sha256
       FROM (SELECT sha256 FROM document WHERE id = $1) s`,
      [first],
    )) as { documents: number; blobs: number; sha256: string }[];
    expect(counts).toMatchObject({ documents: 2, blobs: 1 });
    expect(await forum.copiesOf(counts.sha256)).toBe(1);
  });

  it('attaches at most UPLOAD_MAX_FILES_PER_POST files to a post', async () => {
    const ids = [];
    for (const n of [1, 2, 3]) ids.push(await forum.uploadId(member.token, `${n}.pdf`, pdfBytes(`file ${n}`)));
    const response = await forum.api.client.request(
      REPLY,
      { input: { threadId, body: 'Three.', attachments: ids } },
      {
        token: member.token,
      },
    );
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'documents.too-many-files',
    });
  });

  it("refuses another member's upload, and rolls the reply back with it", async () => {
    const other = await forum.person('NO');
    const theirs = await forum.uploadId(other.token, 'theirs.pdf', pdfBytes('theirs'));
    const response = await forum.api.client.request(
      REPLY,
      { input: { threadId, body: 'Not mine.', attachments: [theirs] } },
      {
        token: member.token,
      },
    );
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'documents.not-attachable',
    });
    const { thread } = await forum.gql<{ thread: { postCount: number } }>(
      member.token,
      'query($id: ID!) { thread(id: $id) { postCount } }',
      {
        id: threadId,
      },
    );
    expect(thread.postCount).toBe(1);
  });

  it('refuses an upload over the member quota (413, documents.quota-exceeded)', async () => {
    const small = await startDocumentsForum({ UPLOAD_MEMBER_QUOTA_BYTES: '2000' }, store);
    try {
      const someone = await small.person('NO');
      expect((await small.upload(someone.token, 'a.pdf', pdfBytes('a'))).status).toBe(201);
      const over = await small.upload(someone.token, 'b.pdf', pdfBytes('b'));
      expect(over.status).toBe(413);
      expect(await over.json()).toMatchObject({ reason: 'documents.quota-exceeded' });
    } finally {
      await small.close();
    }
  });
});
