import { setTimeout as sleep } from 'node:timers/promises';
import { pdfBytes, startDocumentsForum, type DocumentsForum, type Person } from './testing/documents.fixture.js';

const START = `mutation($input: StartThreadInput!) { startThread(input: $input) { id } }`;
const NONEXISTENT = '00000000-0000-4000-8000-000000000000';
/** Long enough for a loaded machine to follow a redirect, short enough to wait out in a test. */
const SIGNED_SECONDS = 4;

// Object storage: downloads redirect to a short-lived signed URL of the bucket, after the same visibility check.
describe('downloads from S3 with S3_SIGNED_URL_SECONDS (a real S3-protocol server)', () => {
  let forum: DocumentsForum;
  let norway: Person;
  let australia: Person;
  const pdf = pdfBytes('Signed URL of the register plan');
  let documentId: string;

  beforeAll(async () => {
    forum = await startDocumentsForum({ S3_SIGNED_URL_SECONDS: String(SIGNED_SECONDS) }, 's3');
    const author = await forum.person('SE');
    norway = await forum.person('NO');
    australia = await forum.person('AU');
    documentId = await forum.uploadId(author.token, "Plan (draft) 'v2'.pdf", pdf);
    await forum.gql(author.token, START, {
      input: {
        spaceSlug: 'recommendation-9',
        title: 'Register plan',
        body: 'Attached.',
        visibility: 'OFFICES',
        sharedWith: ['NO'],
        attachments: [documentId],
      },
    });
  });
  afterAll(() => forum.close());

  /** The API's own answer, not followed (its body read, so that no connection stays busy). */
  const redirectOf = async (token: string | undefined, id: string) => {
    const response = await fetch(`${forum.api.url}/api/documents/${id}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      redirect: 'manual',
    });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };

  it('answers a member who may see it with a 302 to the bucket, signed for the configured time and never cached', async () => {
    const response = await redirectOf(norway.token, documentId);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.pathname).toMatch(/^\/forum-documents\/sha256\/[0-9a-f]{64}$/);
    expect(location.searchParams.get('X-Amz-Expires')).toBe(String(SIGNED_SECONDS));
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('the member following the redirect gets the bytes, as an attachment of the right type', async () => {
    const response = await forum.download(norway.token, documentId);
    expect(response.status).toBe(200);
    expect(response.redirected).toBe(true);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      "attachment; filename*=UTF-8''Plan%20%28draft%29%20%27v2%27.pdf",
    );
  });

  it('a range asked of the API is served by the bucket after the redirect', async () => {
    const response = await forum.download(norway.token, documentId, { range: 'bytes=5-15' });
    expect(response.status).toBe(206);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf.subarray(5, 16))).toBe(true);
  });

  it.each([
    ['an AU member', () => australia.token],
    ['an anonymous caller', () => undefined],
  ])('%s gets the 404 of a nonexistent id, and no URL', async (_who, token) => {
    const refused = await redirectOf(token(), documentId);
    const missing = await redirectOf(token(), NONEXISTENT);
    expect(refused.status).toBe(404);
    expect(refused.headers.get('location')).toBeNull();
    expect(refused.body).toBe(missing.body);
    expect(missing.status).toBe(404);
  });

  it('the signed URL stops working once it expires', async () => {
    const location = (await redirectOf(norway.token, documentId)).headers.get('location') ?? '';
    const fresh = await fetch(location);
    expect(fresh.status).toBe(200);
    await fresh.arrayBuffer();
    await sleep((SIGNED_SECONDS + 1.5) * 1000);
    const expired = await fetch(location);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('Request has expired');
  });
});
