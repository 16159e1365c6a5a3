import type { Browser } from 'playwright-core';
import { seriousA11yViolations } from './support/a11y.js';
import { launchChromium, openContext, screenshot, type WatchedPage } from './support/browser.js';
import { startForum, type Forum } from './support/forum.js';
import { englishLeft, webCatalogues } from './support/i18n.js';
import { PDF_BYTES, signInThroughPage } from './support/pages.js';

const REPORT = `mutation($input: ExperienceReportInput!) { postExperienceReport(input: $input) { thread { id posts(first: 1) { edges { node { id } } } } } }`;
const REPLY = 'mutation($input: ReplyInput!) { reply(input: $input) { id } }';
const TITLES = '{ en: recommendations { number title(lang: EN) } zh: recommendations { number title(lang: ZH) } }';

// Issue 15, acceptance 4 and 6: the main pages in both languages, for a signed-in member, with content on them.
describe('the main pages', () => {
  let forum: Forum;
  let browser: Browser;
  let member: WatchedPage;
  let pages: { name: string; path: string; heading: RegExp }[];
  let titles: { en: { number: number; title: string }[]; zh: { number: number; title: string }[] };

  beforeAll(async () => {
    forum = await startForum();
    browser = await launchChromium();
    const ada = await forum.member('Ada Lovelace', 'DE');
    const as = forum.api.client.as(ada.token);
    const { postExperienceReport } = await as.data<{
      postExperienceReport: { thread: { id: string; posts: { edges: { node: { id: string } }[] } } };
    }>(REPORT, {
      input: {
        title: 'Moving patent search to the cloud',
        projectName: 'Cloud patent search',
        deliveryModel: 'HYBRID',
        phases: ['PLANNING', 'DELIVERY'],
        recommendations: [9, 6],
        technologies: ['Postgres', 'Elasticsearch'],
        outcome: 'In production since **March**.',
        lessonsLearned: 'Run both systems side by side first.',
        plannedMonths: 12,
        actualMonths: 18,
        tags: ['cloud', 'search'],
      },
    });
    const thread = postExperienceReport.thread;
    const upload = new FormData();
    upload.append('file', new Blob([PDF_BYTES], { type: 'application/pdf' }), 'search-study.pdf');
    const uploaded = await fetch(`${forum.api.url}/api/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ada.token}` },
      body: upload,
    });
    const document = (await uploaded.json()) as { id: string };
    const { reply } = await as.data<{ reply: { id: string } }>(REPLY, {
      input: { threadId: thread.id, body: 'The study is attached.', attachments: [document.id] },
    });
    await as.data(REPLY, { input: { threadId: thread.id, parentPostId: reply.id, body: 'Thank you, very useful.' } });
    titles = await forum.api.client.data(TITLES);

    pages = [
      { name: 'home', path: '/', heading: /recommendations|建议/ },
      { name: 'space', path: '/spaces/recommendation-9', heading: /^(Recommendation 9|建议 9)$/ },
      { name: 'thread', path: `/threads/${thread.id}`, heading: /^Moving patent search to the cloud$/ },
      { name: 'report-form', path: '/reports/new', heading: /^(Post an experience report|发布经验报告)$/ },
    ];
    member = await openContext(browser, forum.api.url);
    await signInThroughPage(member.page, ada);
  });
  afterAll(async () => {
    await browser?.close();
    await forum?.stop();
  });
  afterEach(() => expect(member?.problems ?? []).toEqual([]));

  const open = async (page: { path: string; heading: RegExp }) => {
    await member.page.goto(page.path);
    await member.page.getByRole('heading', { level: 1, name: page.heading }).waitFor();
    await member.page.locator('.loading').waitFor({ state: 'detached' });
  };

  it('has no serious or critical axe-core violation on the home, space, thread and report form pages, in English and in Chinese (screenshots in test-artifacts)', async () => {
    for (const language of ['en', 'zh'] as const) {
      if (language === 'zh') await member.page.getByRole('button', { name: '中文' }).click();
      for (const page of pages) {
        await open(page);
        expect([page.name, language, await seriousA11yViolations(member.page)]).toEqual([page.name, language, []]);
        await screenshot(member.page, `${language}-${page.name}`);
      }
    }
  });

  it("filters a space's threads by kind, office and tag, kept in the URL; an unknown thread is not found", async () => {
    const page = member.page;
    await page.getByRole('button', { name: 'English' }).click();
    await open(pages[1]!);
    const count = page.locator('.count');
    await page.getByText(/^1 thread\b/).waitFor();
    await page.getByLabel('Kind').selectOption('QUESTION');
    await page.getByText(/^0 threads\b/).waitFor();
    expect(page.url()).toContain('kind=QUESTION');
    await page.getByLabel('Kind').selectOption('EXPERIENCE_REPORT');
    await page.getByText(/^1 thread\b/).waitFor();
    await page.getByLabel('Office').selectOption('FR');
    await page.getByText(/^0 threads\b/).waitFor();
    await page.getByLabel('Office').selectOption('DE');
    // Each filter is taken from the URL: wait for this one to be in it before the next one builds on it.
    await page.waitForURL(/office=DE/);
    await page.getByText(/^1 thread\b/).waitFor();
    await page.getByRole('textbox', { name: 'Tag' }).fill('search');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.waitForURL(/tag=search/);
    await page.getByText(/^1 thread\b/).waitFor();
    await page.getByRole('textbox', { name: 'Tag' }).fill('mainframe');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    await page.getByText(/^0 threads\b/).waitFor();
    expect(new URL(page.url()).search).toBe('?kind=EXPERIENCE_REPORT&office=DE&tag=mainframe');
    // The URL is the filter: reading it again gives the same list.
    await page.reload();
    await page.getByText(/^0 threads\b/).waitFor();
    expect(await count.count()).toBe(1);

    await page.goto('/threads/5f0c5d0e-8a6b-4c1f-9d3e-2b7a1c4e6f80');
    await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
  });

  it("shows the recommendations' Chinese text after switching, and no English of the interface is left on the main pages", async () => {
    const catalogues = await webCatalogues();
    await member.page.getByRole('button', { name: 'English' }).click();
    await open(pages[0]!);
    const first = member.page.locator('.recommendation-title').first();
    expect(await first.textContent()).toBe(titles.en.find((r) => r.number === 1)!.title);
    expect(await englishLeft(member.page, catalogues)).not.toEqual([]); // the check sees English when it is there

    await member.page.getByRole('button', { name: '中文' }).click();
    await member.page.getByRole('heading', { level: 1, name: /建议/ }).waitFor();
    // The interface's own words change at once; the titles come with the next answer (the page keeps the English
    // ones while it asks), so the check waits for that answer before reading them all.
    await first.filter({ hasText: titles.zh.find((r) => r.number === 1)!.title }).waitFor();
    const shown = await member.page.locator('.recommendation-title').allTextContents();
    expect(shown).toEqual(titles.zh.map((r) => r.title));
    const body = await member.page.locator('main').textContent();
    for (const { title } of titles.en) expect(body).not.toContain(title);

    for (const page of pages) {
      await open(page);
      expect([page.name, await englishLeft(member.page, catalogues)]).toEqual([page.name, []]);
    }
  });
});
