import { startReportsForum, type ReportsForum } from './testing/reports.fixture.js';

const POST = `mutation($input: ExperienceReportInput!) {
  postExperienceReport(input: $input) {
    id recommendations technologies overrunMonths thread { id kind visibility space { slug } }
  }
}`;
const LIST = `query($deliveryModel: DeliveryModel, $phase: ProjectPhase, $recommendation: Int, $technology: String,
    $officeCode: String, $region: String, $language: Language, $overrun: Boolean, $text: String) {
  experienceReports(first: 100, deliveryModel: $deliveryModel, phase: $phase, recommendation: $recommendation,
      technology: $technology, officeCode: $officeCode, region: $region, language: $language, overrun: $overrun,
      text: $text) {
    totalCount edges { node { id } }
  }
}`;
const STATS = `query($overrun: Boolean, $officeCode: String) {
  experienceReportStats(overrun: $overrun, officeCode: $officeCode) {
    count withDurations overrun medianOverrunMonths byDeliveryModel { deliveryModel count }
  }
}`;

const report = (input: Record<string, unknown> = {}) => ({
  title: 'Moving search to the cloud',
  projectName: 'Cloud search',
  deliveryModel: 'EXTERNAL',
  phases: ['DELIVERY'],
  recommendations: [9],
  technologies: ['Elasticsearch'],
  outcome: 'In production.',
  lessonsLearned: 'Test with real data early.',
  ...input,
});

describe('experience reports', () => {
  let forum: ReportsForum;
  const post = async (token: string, input: Record<string, unknown> = {}) =>
    (
      await forum.as(token).data<{
        postExperienceReport: {
          id: string;
          recommendations: number[];
          technologies: string[];
          overrunMonths: number | null;
          thread: { id: string; kind: string; visibility: string; space: { slug: string } };
        };
      }>(POST, { input: report(input) })
    ).postExperienceReport;
  const listed = async (token: string | undefined, filter: Record<string, unknown> = {}) => {
    const { experienceReports } = await forum.as(token).data<{
      experienceReports: { totalCount: number; edges: { node: { id: string } }[] };
    }>(LIST, filter);
    expect(experienceReports.totalCount).toBe(experienceReports.edges.length);
    return experienceReports.edges.map((edge) => edge.node.id).sort();
  };

  beforeAll(async () => {
    forum = await startReportsForum();
  });
  afterAll(() => forum.close());

  it('opens its thread in the space of its first recommendation, with the report’s visibility', async () => {
    const posted = await post(forum.cast.de.token, {
      recommendations: [9, 1, 9],
      technologies: [' PostgreSQL ', 'postgresql', 'Elastic  Search'],
      visibility: 'OFFICES',
      sharedWith: ['NO'],
    });
    expect(posted.recommendations).toEqual([9, 1]);
    // Named as stacks name products: one per product, its canonical spelling ('Elastic Search' is Elasticsearch).
    expect(posted.technologies).toEqual(['PostgreSQL', 'Elasticsearch']);
    expect(posted.thread).toMatchObject({
      kind: 'EXPERIENCE_REPORT',
      visibility: 'OFFICES',
      space: { slug: 'recommendation-9' },
    });
    const events = await forum.api.events.published('reports.report-posted');
    expect(events.map((event) => event.payload.reportId)).toContain(posted.id);
    const au = forum.as(forum.cast.au.token);
    expect(await au.errorCodes('query($id: ID!) { experienceReport(id: $id) { id } }', { id: posted.id })).toEqual([
      'NOT_FOUND',
    ]);
    expect(await au.errorCodes('query($id: ID!) { thread(id: $id) { id } }', { id: posted.thread.id })).toEqual([
      'NOT_FOUND',
    ]);
  });

  describe('filters and figures (acceptance 2)', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      ids.deLate = (
        await post(forum.cast.de.token, {
          projectName: 'E-filing portal',
          deliveryModel: 'IN_HOUSE',
          phases: ['PLANNING', 'DELIVERY'],
          recommendations: [1],
          technologies: ['PostgreSQL', 'Java'],
          plannedMonths: 12,
          actualMonths: 20,
        })
      ).id;
      ids.cnOnTime = (
        await post(forum.cast.cn.token, {
          title: '智能检索系统建设经验',
          projectName: '智能检索',
          language: 'ZH',
          deliveryModel: 'HYBRID',
          phases: ['REVIEW'],
          recommendations: [6, 9],
          technologies: ['postgresql'],
          lessonsLearned: '尽早引入审查员参与测试。',
          plannedMonths: 10,
          actualMonths: 10,
        })
      ).id;
      ids.auLate = (
        await post(forum.cast.au.token, {
          projectName: 'Trade mark image search',
          deliveryModel: 'EXTERNAL',
          phases: ['MANAGEMENT'],
          recommendations: [7],
          technologies: ['Python'],
          plannedMonths: 6,
          actualMonths: 10,
          outcome: 'Vendor lock-in was the main cost.',
        })
      ).id;
      // Seen by DE only: in no one else's list or figures.
      ids.deOffice = (
        await post(forum.cast.de.token, {
          projectName: 'Internal HR system',
          deliveryModel: 'EXTERNAL',
          recommendations: [1],
          plannedMonths: 1,
          actualMonths: 30,
          visibility: 'OFFICE',
        })
      ).id;
    });

    it('narrows by delivery model, phase, recommendation, technology, office, region, language, overrun and text', async () => {
      const as = forum.cast.no.token;
      expect(await listed(as, { deliveryModel: 'IN_HOUSE' })).toEqual([ids.deLate]);
      expect(await listed(as, { phase: 'REVIEW' })).toEqual([ids.cnOnTime]);
      expect(await listed(as, { recommendation: 7 })).toEqual([ids.auLate]);
      expect(await listed(as, { recommendation: 6 })).toEqual([ids.cnOnTime]);
      const postgres = await listed(as, { technology: 'POSTGRESQL ' });
      expect(postgres).toEqual(expect.arrayContaining([ids.deLate, ids.cnOnTime]));
      expect(postgres).not.toContain(ids.auLate);
      // An alias of the stacks' product names finds the same reports.
      expect(await listed(as, { technology: 'Postgres' })).toEqual(postgres);
      expect(await listed(as, { officeCode: 'AU' })).toEqual([ids.auLate]);
      expect(await listed(as, { region: 'Asia' })).toEqual([ids.cnOnTime]);
      expect(await listed(as, { language: 'ZH' })).toEqual([ids.cnOnTime]);
      expect(await listed(as, { overrun: true })).toEqual([ids.deLate, ids.auLate].sort());
      expect(await listed(as, { overrun: false })).toEqual([ids.cnOnTime]);
      expect(await listed(as, { text: 'lock-in' })).toEqual([ids.auLate]);
      expect(await listed(as, { text: '审查员' })).toEqual([ids.cnOnTime]);
      expect(await listed(as, { officeCode: 'DE', overrun: true })).toEqual([ids.deLate]);
      expect(await forum.as(as).errorCodes(LIST, { recommendation: 11 })).toEqual(['BAD_USER_INPUT']);
    });

    it('counts by delivery model and takes the median overrun over what the caller may see', async () => {
      const stats = async (token: string, filter: Record<string, unknown>) =>
        (
          await forum.as(token).data<{
            experienceReportStats: {
              count: number;
              withDurations: number;
              overrun: number;
              medianOverrunMonths: number | null;
              byDeliveryModel: { deliveryModel: string; count: number }[];
            };
          }>(STATS, filter)
        ).experienceReportStats;
      // NO sees deLate (+8), cnOnTime (0), auLate (+4): not DE's OFFICE report (+29).
      expect(await stats(forum.cast.no.token, { overrun: null })).toMatchObject({ withDurations: 3, overrun: 2 });
      expect((await stats(forum.cast.no.token, {})).medianOverrunMonths).toBe(4);
      expect((await stats(forum.cast.de.token, {})).medianOverrunMonths).toBe(6);
      const de = await stats(forum.cast.de.token, { officeCode: 'DE' });
      expect(de.byDeliveryModel).toEqual([
        { deliveryModel: 'IN_HOUSE', count: 1 },
        { deliveryModel: 'EXTERNAL', count: 2 },
        { deliveryModel: 'HYBRID', count: 0 },
      ]);
      const noView = await stats(forum.cast.no.token, { officeCode: 'DE' });
      expect(noView.byDeliveryModel).toEqual([
        { deliveryModel: 'IN_HOUSE', count: 1 },
        { deliveryModel: 'EXTERNAL', count: 1 },
        { deliveryModel: 'HYBRID', count: 0 },
      ]);
      expect(noView.count).toBe(2);
    });
  });

  describe('validation: nothing is stored (acceptance 3)', () => {
    it('refuses recommendation 11, no recommendation, empty lessons and unknown enums, leaving no thread', async () => {
      const before = { reports: await forum.rows('experience_report'), threads: await forum.rows('thread') };
      const refused = async (input: Record<string, unknown>) => {
        const result = await forum.as(forum.cast.de.token).request(POST, { input: report(input) });
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        return result.errors?.[0].extensions?.field;
      };
      expect(await refused({ recommendations: [9, 11] })).toBe('recommendations');
      expect(await refused({ recommendations: [] })).toBe('recommendations');
      expect(await refused({ lessonsLearned: '   ' })).toBe('lessonsLearned');
      expect(await refused({ plannedMonths: -1 })).toBe('plannedMonths');
      await refused({ deliveryModel: 'OUTSOURCED' });
      await refused({ phases: ['TESTING'] });
      expect({ reports: await forum.rows('experience_report'), threads: await forum.rows('thread') }).toEqual(before);
    });
  });

  it('keeps the earlier content as a revision when edited by its office, and refuses other offices', async () => {
    const posted = await post(forum.cast.de.token, { projectName: 'Classification AI', plannedMonths: 6 });
    const EDIT = `mutation($id: ID!, $input: ExperienceReportEditInput!) {
      editExperienceReport(id: $id, input: $input) { projectName actualMonths revisions { projectName deliveryModel plannedMonths actualMonths } }
    }`;
    const input = {
      projectName: 'Classification AI (pilot)',
      deliveryModel: 'HYBRID',
      phases: ['REVIEW'],
      recommendations: [9],
      outcome: 'Pilot ended.',
      lessonsLearned: 'Label data first.',
      plannedMonths: 6,
      actualMonths: 9,
    };
    const { editExperienceReport } = await forum.as(forum.cast.de.token).data<{
      editExperienceReport: {
        projectName: string;
        revisions: { projectName: string; deliveryModel: string; plannedMonths: number; actualMonths: number | null }[];
      };
    }>(EDIT, {
      id: posted.id,
      input,
    });
    expect(editExperienceReport.projectName).toBe('Classification AI (pilot)');
    expect(editExperienceReport.revisions).toEqual([
      { projectName: 'Classification AI', deliveryModel: 'EXTERNAL', plannedMonths: 6, actualMonths: null },
    ]);
    const refused = await forum.as(forum.cast.no.token).request(EDIT, { id: posted.id, input });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'reports.not-own-office' });
    const events = await forum.api.events.published('reports.report-edited');
    expect(events.map((event) => event.payload.reportId)).toEqual([posted.id]);
  });

  it('answers a retry with the same clientMutationId with the first report', async () => {
    const first = await post(forum.cast.au.token, { clientMutationId: 'report-retry-1' });
    const again = await post(forum.cast.au.token, { clientMutationId: 'report-retry-1' });
    expect(again.id).toBe(first.id);
  });

  it("writes its thread's opening post in the report's language", async () => {
    const posted = await post(forum.cast.cn.token, {
      title: '专利检索迁移',
      projectName: '专利检索',
      language: 'ZH',
      deliveryModel: 'EXTERNAL',
      technologies: [],
      outcome: '已上线。',
      lessonsLearned: '尽早用真实数据测试。',
    });
    const { thread } = await forum.as(forum.cast.cn.token).data<{
      thread: { posts: { edges: { node: { body: string } }[] } };
    }>('query($id: ID!) { thread(id: $id) { posts(first: 1) { edges { node { body } } } } }', {
      id: posted.thread.id,
    });
    expect(thread.posts.edges[0]?.node.body).toBe(
      [
        '**项目：** 专利检索（外包）',
        '**建议：** 9',
        '',
        '## 成果',
        '',
        '已上线。',
        '',
        '## 经验教训',
        '',
        '尽早用真实数据测试。',
      ].join('\n'),
    );
  });
});
