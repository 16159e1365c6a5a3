import { spawn } from 'node:child_process';
import {
  createTestDatabase,
  startApiProcess,
  WORKSPACE_ROOT,
  type ApiProcess,
  type TestDatabase,
} from '@forum/testing';

const SEED_ENTRY = `${WORKSPACE_ROOT}dist/apps/api/src/seed-demo.js`;
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';
const PASSWORD = 'demo-forum-password';

/** `npm run seed:demo` as a newcomer runs it (the built entry), against `env`'s database. */
function seedDemo(env: Record<string, string>) {
  const child = spawn(process.execPath, [SEED_ENTRY], {
    cwd: WORKSPACE_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, output })),
  );
}

// Issue 10, acceptance 6: a realistic forum for newcomers and benchmarks, loaded by one command, idempotent.
describe('npm run seed:demo', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  const tokenOf = async (email: string) =>
    (
      await api.client.data<{ signIn: { accessToken: string } }>(SIGN_IN, {
        input: { email, password: PASSWORD },
      })
    ).signIn.accessToken;
  const counts = async () =>
    (
      await db.query<{ strategies: number; reports: number; reviews: number; posts: number; members: number }>(
        `SELECT (SELECT count(*)::int FROM ict_strategy) AS strategies, (SELECT count(*)::int FROM experience_report) AS reports,
           (SELECT count(*)::int FROM strategy_review) AS reviews, (SELECT count(*)::int FROM post) AS posts,
           (SELECT count(*)::int FROM member) AS members`,
      )
    )[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    const seeded = await seedDemo({ DATABASE_URL: db.url });
    expect(seeded).toMatchObject({ code: 0 });
    expect(seeded.output).toContain('member.de@demo.forum.invalid');
    api = await startApiProcess({ env: { DATABASE_URL: db.url } });
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('lists strategies in at least three languages, Chinese among them, with reviews', async () => {
    const token = await tokenOf('member.au@demo.forum.invalid');
    const { ictStrategies } = await api.client.data<{
      ictStrategies: { totalCount: number; edges: { node: { language: string; reviews: { year: number }[] } }[] };
    }>('{ ictStrategies(first: 100) { totalCount edges { node { language reviews { year } } } } }', {}, { token });
    const languages = new Set(ictStrategies.edges.map((edge) => edge.node.language));
    expect(languages.size).toBeGreaterThanOrEqual(3);
    expect(languages).toContain('ZH');
    expect(ictStrategies.edges.some((edge) => edge.node.reviews.length > 0)).toBe(true);
  });

  it('has offices of several regions, reports of every delivery model with discussions, some shared with named offices only', async () => {
    const au = await tokenOf('member.au@demo.forum.invalid');
    const { experienceReportStats } = await api.client.data<{
      experienceReportStats: { byDeliveryModel: { deliveryModel: string; count: number }[] };
    }>('{ experienceReportStats { byDeliveryModel { deliveryModel count } } }', {}, { token: au });
    for (const entry of experienceReportStats.byDeliveryModel) expect(entry.count).toBeGreaterThan(0);

    const { recommendations } = await api.client.data<{
      recommendations: { number: number; coverage: { officeCodes: string[]; threads: number } }[];
    }>('{ recommendations { number coverage { officeCodes threads } } }', {}, { token: au });
    const nine = recommendations.find((r) => r.number === 9);
    expect(nine?.coverage.officeCodes.length).toBeGreaterThanOrEqual(6);
    const offices = await db.query<{ offices: number; regions: number }>(
      `SELECT count(DISTINCT o.id)::int AS offices, count(DISTINCT o.region)::int AS regions
       FROM member m JOIN office o ON o.id = m.office_id WHERE m.email LIKE '%@demo.forum.invalid'`,
    );
    expect(offices[0].offices).toBeGreaterThanOrEqual(12);
    expect(offices[0].regions).toBeGreaterThanOrEqual(5);
    expect((await counts()).posts).toBeGreaterThan((await counts()).strategies + (await counts()).reports);

    // Norway's strategy is shared with DE, FR and EP only; Brazil's report with MX, US and ZA only.
    const norway = '{ ictStrategies(officeCode: "NO") { totalCount } }';
    const brazil = '{ experienceReports(officeCode: "BR") { totalCount } }';
    const de = await tokenOf('member.de@demo.forum.invalid');
    const mx = await tokenOf('member.mx@demo.forum.invalid');
    expect(
      (await api.client.data<{ ictStrategies: { totalCount: number } }>(norway, {}, { token: de })).ictStrategies
        .totalCount,
    ).toBe(1);
    expect(
      (await api.client.data<{ ictStrategies: { totalCount: number } }>(norway, {}, { token: au })).ictStrategies
        .totalCount,
    ).toBe(0);
    expect(
      (await api.client.data<{ experienceReports: { totalCount: number } }>(brazil, {}, { token: mx }))
        .experienceReports.totalCount,
    ).toBe(1);
    expect(
      (await api.client.data<{ experienceReports: { totalCount: number } }>(brazil, {}, { token: au }))
        .experienceReports.totalCount,
    ).toBe(0);
  });

  it('adds nothing when run again', async () => {
    const before = await counts();
    const again = await seedDemo({ DATABASE_URL: db.url });
    expect(again.code).toBe(0);
    expect(await counts()).toEqual(before);
  });
});
