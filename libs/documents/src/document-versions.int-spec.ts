import { DocumentExpiry, UNATTACHED_LIFETIME_MS } from './document-expiry.js';
import { startDocumentsForum, textPdf, type DocumentsForum, type Person } from './testing/documents.fixture.js';

const PUBLISH = `mutation($input: IctStrategyInput!) { publishIctStrategy(input: $input) { id } }`;
const ADD_TO_STRATEGY = `mutation($input: ShareDocumentInput!) {
  addIctStrategyDocument(input: $input) { id document { id } documentVersions { version addedAt document { id name } } }
}`;
const STRATEGY = `query($id: ID!) {
  ictStrategy(id: $id) { document { id } documentVersions { version document { id name size text { state } } } }
}`;
const VISIBILITY = `mutation($input: ShareVisibilityInput!) { setIctStrategyVisibility(input: $input) { id } }`;
const POST_REPORT = `mutation($input: ExperienceReportInput!) { postExperienceReport(input: $input) { id } }`;
const ADD_TO_REPORT = `mutation($input: ShareDocumentInput!) {
  addExperienceReportDocument(input: $input) { documentVersions { version document { id } } }
}`;
const REPORT = `query($id: ID!) { experienceReport(id: $id) { documentVersions { version document { id } } } }`;
const NONEXISTENT = '00000000-0000-4000-8000-000000000000';

interface Version {
  version: number;
  document: { id: string; name: string };
}

// Strategies and reports carry their documents as versions: a new PDF keeps the old one, with their visibility.
describe('document versions of ICT strategies and experience reports', () => {
  let forum: DocumentsForum;
  let author: Person;
  let colleague: Person;
  let norway: Person;
  let australia: Person;
  let strategyId: string;
  const first = textPdf('Digital strategy 2025 - 2029, first draft');
  const second = textPdf('Digital strategy 2025 - 2029, as adopted');
  let firstId: string;
  let secondId: string;

  const add = (token: string, input: { id: string; documentId: string }) =>
    forum.gql<{ addIctStrategyDocument: { document: { id: string }; documentVersions: Version[] } }>(
      token,
      ADD_TO_STRATEGY,
      { input },
    );
  const refusal = async (token: string, query: string, input: Record<string, unknown>) => {
    const result = await forum.api.client.as(token).request(query, { input });
    return result.errors?.map((error) => [error.extensions?.code, error.extensions?.field ?? null]);
  };

  beforeAll(async () => {
    forum = await startDocumentsForum();
    author = await forum.person('SE');
    colleague = await forum.person('SE');
    norway = await forum.person('NO');
    australia = await forum.person('AU');
    ({
      publishIctStrategy: { id: strategyId },
    } = await forum.gql<{ publishIctStrategy: { id: string } }>(author.token, PUBLISH, {
      input: {
        title: 'Digital strategy 2025-2029',
        periodStart: 2025,
        periodEnd: 2029,
        summary: 'Cloud first.',
        body: '## Goals',
        goals: ['Cloud first'],
        visibility: 'OFFICES',
        sharedWith: ['NO'],
      },
    }));
    firstId = await forum.uploadId(author.token, 'strategy-v1.pdf', first);
    secondId = await forum.uploadId(colleague.token, 'strategy-v2.pdf', second);
  });
  afterAll(() => forum.close());

  it('a new version keeps the earlier one: versions newest first, the newest as the document', async () => {
    const one = await add(author.token, { id: strategyId, documentId: firstId });
    expect(one.addIctStrategyDocument.documentVersions).toEqual([
      expect.objectContaining({ version: 1, document: { id: firstId, name: 'strategy-v1.pdf' } }),
    ]);
    const two = await add(colleague.token, { id: strategyId, documentId: secondId });
    expect(two.addIctStrategyDocument.document).toEqual({ id: secondId });
    expect(two.addIctStrategyDocument.documentVersions.map((v) => [v.version, v.document.id])).toEqual([
      [2, secondId],
      [1, firstId],
    ]);
    const events = await forum.api.events.published('documents.version-added');
    expect(events.map((event) => event.payload)).toEqual([
      expect.objectContaining({ documentId: firstId, holder: 'strategy', holderId: strategyId, version: 1 }),
      expect.objectContaining({ documentId: secondId, holder: 'strategy', holderId: strategyId, version: 2 }),
    ]);
    expect(events[0].visibility).toEqual(expect.objectContaining({ visibility: 'OFFICES' }));
  });

  it('a member of an office it is shared with lists the versions and downloads the old one byte for byte', async () => {
    const { ictStrategy } = await forum.gql<{ ictStrategy: { documentVersions: Version[] } }>(norway.token, STRATEGY, {
      id: strategyId,
    });
    expect(ictStrategy.documentVersions.map((v) => v.version)).toEqual([2, 1]);
    const old = await forum.download(norway.token, firstId);
    expect(old.status).toBe(200);
    expect(Buffer.from(await old.arrayBuffer()).equals(first)).toBe(true);
    expect((await forum.download(norway.token, secondId)).status).toBe(200);
  });

  it.each([
    ['an AU member', () => australia.token],
    ['an anonymous caller', () => undefined],
  ])('%s gets the 404 of a nonexistent id for every version, and NOT_FOUND for the strategy', async (_who, token) => {
    const missing = await forum.download(token(), NONEXISTENT);
    const missingBody = await missing.text();
    for (const id of [firstId, secondId]) {
      const refused = await forum.download(token(), id);
      expect(refused.status).toBe(404);
      expect(await refused.text()).toBe(missingBody);
    }
    expect(await forum.errorCodes(token(), STRATEGY, { id: strategyId })).toEqual(['NOT_FOUND']);
  });

  it("follows the strategy's visibility when it changes", async () => {
    await forum.gql(author.token, VISIBILITY, {
      input: { id: strategyId, visibility: 'OFFICES', sharedWith: ['NO', 'AU'] },
    });
    expect((await forum.download(australia.token, firstId)).status).toBe(200);
    await forum.gql(author.token, VISIBILITY, { input: { id: strategyId, visibility: 'OFFICE' } });
    expect((await forum.download(australia.token, firstId)).status).toBe(404);
    expect((await forum.download(norway.token, firstId)).status).toBe(404);
    expect((await forum.download(colleague.token, firstId)).status).toBe(200);
    await forum.gql(author.token, VISIBILITY, { input: { id: strategyId, visibility: 'OFFICES', sharedWith: ['NO'] } });
  });

  it('versions do not expire as unattached uploads do', async () => {
    await forum.api.app.get(DocumentExpiry).sweep(new Date(Date.now() + UNATTACHED_LIFETIME_MS + 60_000));
    expect((await forum.download(norway.token, firstId)).status).toBe(200);
  });

  it("refuses another office's member, someone else's upload, an upload held already, and an unknown strategy", async () => {
    const norwegian = await forum.uploadId(norway.token, 'ours.pdf', textPdf('Not theirs to add'));
    expect(await refusal(norway.token, ADD_TO_STRATEGY, { id: strategyId, documentId: norwegian })).toEqual([
      ['FORBIDDEN', null],
    ]);
    expect(await refusal(author.token, ADD_TO_STRATEGY, { id: strategyId, documentId: norwegian })).toEqual([
      ['BAD_USER_INPUT', 'documentId'],
    ]);
    expect(await refusal(author.token, ADD_TO_STRATEGY, { id: strategyId, documentId: firstId })).toEqual([
      ['BAD_USER_INPUT', 'documentId'],
    ]);
    const mine = await forum.uploadId(author.token, 'mine.pdf', textPdf('Nowhere'));
    expect(await refusal(author.token, ADD_TO_STRATEGY, { id: NONEXISTENT, documentId: mine })).toEqual([
      ['NOT_FOUND', null],
    ]);
    expect(await refusal(australia.token, ADD_TO_STRATEGY, { id: strategyId, documentId: mine })).toEqual([
      ['NOT_FOUND', null],
    ]);
    const { ictStrategy } = await forum.gql<{ ictStrategy: { documentVersions: Version[] } }>(author.token, STRATEGY, {
      id: strategyId,
    });
    expect(ictStrategy.documentVersions).toHaveLength(2);
  });

  it('an experience report carries versions the same way, with its own visibility', async () => {
    const { postExperienceReport: report } = await forum.gql<{ postExperienceReport: { id: string } }>(
      author.token,
      POST_REPORT,
      {
        input: {
          title: 'Moving search to the cloud',
          projectName: 'Cloud search',
          deliveryModel: 'HYBRID',
          phases: ['DELIVERY'],
          recommendations: [9],
          technologies: ['Postgres'],
          outcome: 'In production.',
          lessonsLearned: 'Run both systems side by side first.',
          visibility: 'OFFICE',
        },
      },
    );
    const v1 = await forum.uploadId(author.token, 'report.pdf', textPdf('Cloud search, final report'));
    const v2 = await forum.uploadId(author.token, 'report-2.pdf', textPdf('Cloud search, final report, revised'));
    await forum.gql(author.token, ADD_TO_REPORT, { input: { id: report.id, documentId: v1 } });
    const { addExperienceReportDocument } = await forum.gql<{
      addExperienceReportDocument: { documentVersions: Version[] };
    }>(author.token, ADD_TO_REPORT, { input: { id: report.id, documentId: v2 } });
    expect(addExperienceReportDocument.documentVersions.map((v) => [v.version, v.document.id])).toEqual([
      [2, v2],
      [1, v1],
    ]);
    expect((await forum.download(colleague.token, v1)).status).toBe(200);
    expect((await forum.download(norway.token, v1)).status).toBe(404);
    expect(await forum.errorCodes(norway.token, REPORT, { id: report.id })).toEqual(['NOT_FOUND']);
  });
});
