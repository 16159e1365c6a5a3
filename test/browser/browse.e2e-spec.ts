import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { browseSeed } from './browse-seed.js';
import { seriousA11yViolations } from './support/a11y.js';
import { launchChromium, openContext, screenshot, type WatchedPage } from './support/browser.js';
import { startForum, type Forum } from './support/forum.js';
import { englishLeft, webCatalogues } from './support/i18n.js';
import { signInThroughPage } from './support/pages.js';

type Member = { email: string; password: string; token: string };

// Issue 15: ICT strategies (acceptance 5: a strategy not shared with the reader's office is the same "not found" as a
// nonexistent id), experience reports, tech stacks, the technology radar (acceptance 6 for the radar page), the
// decommission calendar and the WIPO standards matrix, in English and Chinese. Everything is seeded through GraphQL.
describe('browsing strategies, reports, stacks and standards', () => {
  let forum: Forum;
  let browser: Browser;
  let seed: ReturnType<typeof browseSeed>;
  let de: Member; // publishes the strategy, shared with FR only
  let fr: Member;
  let no: Member;
  let sofie: WatchedPage; // NO: not shared with
  let claire: WatchedPage; // FR: shared with
  let strategyId = '';
  let reportId = '';
  const title = 'Digital transformation strategy 2025-2029';

  beforeAll(async () => {
    forum = await startForum();
    seed = browseSeed(forum);
    browser = await launchChromium();
    [de, fr, no] = await Promise.all([
      forum.member('Dieter Braun', 'DE'),
      forum.member('Claire Martin', 'FR'),
      forum.member('Sofie Berg', 'NO'),
    ]);
    const { component } = seed;
    // Version 1 of three stacks at once: the yearly radar edition (a minute after start) records them.
    await Promise.all([
      seed.stack(
        de,
        [
          component('Database', 'Postgres', 'PRODUCTION', { version: '16' }),
          component('Database', 'Oracle', 'DECOMMISSIONING', {
            decommissionBy: '2027-06-30',
            vendorEndOfSupport: '2027-03-31',
            successor: 'PostgreSQL',
          }),
          component('Platform', 'Kubernetes', 'PILOT', { hosting: 'CLOUD' }),
          component('Workflow', 'Camunda', 'PRODUCTION'),
        ],
        [
          {
            title: 'Move the register off Oracle',
            component: 'Oracle',
            targetDate: '2027-05-31',
            action: 'DECOMMISSION',
          },
        ],
      ),
      seed.stack(fr, [
        component('Database', 'PostgreSQL', 'PRODUCTION', { version: '15' }),
        component('Database', 'Oracle Database', 'PRODUCTION', { version: '19c' }),
        component('Platform', 'K8s', 'PLANNED'),
        component('Search', 'Elasticsearch', 'PLANNED'),
      ]),
      seed.stack(no, [component('Database', 'PostgreSQL', 'PILOT'), component('Search', 'Elastic Search', 'PLANNED')]),
    ]);

    ({ id: strategyId } = await seed.strategy(de, {
      title,
      periodStart: 2025,
      periodEnd: 2029,
      summary: 'Cloud first, and AI where it helps examiners.',
      body: '## Objectives\n\nCloud first for every new system.\n\nAI-assisted classification by 2027.',
      goals: ['Cloud first', 'AI-assisted classification'],
      visibility: 'OFFICES',
      sharedWith: ['FR'],
    }));
    await seed.updateStrategy(de, {
      strategyId,
      title,
      periodStart: 2025,
      periodEnd: 2029,
      summary: 'Cloud first, and AI where it helps examiners.',
      body: '## Objectives\n\nCloud first for every new system.\n\nAI-assisted classification by 2028, after a pilot.',
      goals: ['Cloud first', 'AI-assisted classification'],
    });
    await seed.review(de, {
      strategyId,
      year: 2025,
      summary: 'The cloud landing zone is live.',
      goalStatuses: [
        { goal: 'Cloud first', status: 'ON_TRACK' },
        { goal: 'AI-assisted classification', status: 'AT_RISK', note: 'Training data is late.' },
      ],
    });
    await seed.strategy(no, {
      title: 'Norwegian IPO ICT strategy',
      periodStart: 2024,
      periodEnd: 2027,
      summary: 'Fewer systems, better data.',
      body: 'One register for all IP rights.',
      visibility: 'PUBLIC',
    });
    reportId = await seed.report(fr, {
      title: 'Replacing our trademark register',
      projectName: 'Register 2.0',
      deliveryModel: 'HYBRID',
      phases: ['PLANNING', 'DELIVERY'],
      recommendations: [9, 8],
      technologies: ['Postgres', 'Kubernetes'],
      outcome: 'In production since **March**.',
      lessonsLearned: 'Migrate the data twice: once to rehearse.',
      plannedMonths: 12,
      actualMonths: 16,
      budgetBand: 'FROM_1M_TO_10M',
      teamSizeBand: 'FROM_6_TO_20',
      wouldDoAgain: 'PARTLY',
    });
    await seed.standard(de, { standard: 'ST.26', ipRight: 'PATENTS', status: 'IMPLEMENTED' });
    await seed.standard(de, { standard: 'ST.96', ipRight: 'TRADEMARKS', status: 'PLANNED', planDate: '2027-12-31' });
    await seed.standard(fr, {
      standard: 'ST.26',
      ipRight: 'PATENTS',
      status: 'PARTLY_IMPLEMENTED',
      explanation: 'Sequence listings only for new filings.',
    });

    sofie = await openContext(browser, forum.api.url);
    claire = await openContext(browser, forum.api.url);
    // A refused request says which: the console only says "400 (Bad Request)".
    for (const watched of [sofie, claire])
      watched.page.on('response', (response) => {
        if (response.status() >= 400)
          watched.problems.push(`${response.status()} ${response.url()} ${response.request().postData() ?? ''}`);
      });
    await signInThroughPage(sofie.page, no);
    await signInThroughPage(claire.page, fr);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await forum?.stop();
  });
  afterEach(() => {
    // What a page reported (a refused script or style, an exception) is a failure of the page.
    expect([...sofie.problems, ...claire.problems]).toEqual([]);
  });

  /**
   * English of the interface left on a Chinese page. englishLeft also matches data in English (organisations' names
   * and the standards' titles from the API, members' seeded texts, the <noscript> note in both languages) against
   * messages with placeholders; those are left out here.
   */
  const interfaceEnglishLeft = async (page: Page, catalogues: Awaited<ReturnType<typeof webCatalogues>>) => {
    const { offices, wipoStandards } = await forum.api.client.data<{
      offices: { name: string }[];
      wipoStandards: { title: string }[];
    }>('{ offices { name } wipoStandards { title } }');
    const noscript = (await page.locator('noscript').allTextContents()).map((text) => text.trim());
    const data = [
      ...offices.map((office) => office.name),
      ...wipoStandards.map((standard) => standard.title),
      ...seed.texts,
      ...noscript,
    ].filter((text) => text.length > 3);
    return (await englishLeft(page, catalogues)).filter((entry) => {
      const text = /: "([\s\S]*)"$/.exec(entry)?.[1] ?? '';
      return !data.some((value) => text === value || text.includes(value));
    });
  };

  /** The text of the page's main landmark once its heading is shown. */
  const mainText = async (page: Page, path: string, heading: string) => {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return page.getByRole('main').innerText();
  };

  it('shows a strategy shared with one office to a member of another office as not found, exactly like a nonexistent id (acceptance 5)', async () => {
    const page = sofie.page;
    const hidden = await mainText(page, `/strategies/${strategyId}`, 'Not found');
    const random = await mainText(page, `/strategies/${randomUUID()}`, 'Not found');
    const malformed = await mainText(page, '/strategies/not-a-strategy', 'Not found');
    expect(hidden).toBe(random);
    expect(malformed).toBe(random);
    expect(hidden).not.toContain(title);
    expect(await page.title()).not.toContain(title);

    // Nor is it in the list, whatever the filter.
    await page.goto('/strategies?office=DE');
    await page.getByText('0 strategies').waitFor();
    await page.goto('/strategies');
    await page.getByRole('link', { name: 'Norwegian IPO ICT strategy' }).waitFor();
    await page.getByText('1 strategy', { exact: true }).waitFor();
  });

  it('shows the strategy to a member of the office it is shared with: versions, the diff between them, and the reviews', async () => {
    const page = claire.page;
    await page.goto('/strategies');
    await page.getByText('2 strategies').waitFor();
    await page.getByLabel('Office').selectOption('DE');
    await page.getByText('1 strategy', { exact: true }).waitFor();
    expect(new URL(page.url()).searchParams.get('office')).toBe('DE');
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    await page.locator('#goals-heading').waitFor();
    await page.locator('.strategy-text h2', { hasText: 'Objectives' }).waitFor(); // the Markdown, rendered
    const versions = page.getByRole('region', { name: 'Versions' });
    expect(await versions.getByRole('row').count()).toBe(3); // a header and two versions
    await page.getByRole('heading', { name: 'Version 1 to version 2' }).waitFor();
    await page.locator('.diff-line.added', { hasText: 'AI-assisted classification by 2028, after a pilot.' }).waitFor();
    await page.locator('.diff-line.removed', { hasText: 'AI-assisted classification by 2027.' }).waitFor();
    expect(await page.locator('.diff-line.added').getByText('Added:').count()).toBe(1);

    const reviews = page.getByRole('region', { name: 'Yearly reviews' });
    await reviews.getByRole('heading', { name: 'Review of 2025' }).waitFor();
    await reviews.getByRole('row', { name: /AI-assisted classification At risk Training data is late\./ }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'strategy-en');
  });

  it('draws the radar: four rings, one mark per named product with its ring and movement since the yearly edition', async () => {
    await seed.yearlyEdition(120_000);
    // After the edition: Kubernetes goes into production at DE (trial to adopt: up), OpenSearch is new.
    const { component } = seed;
    await seed.stack(de, [
      component('Database', 'PostgreSQL', 'PRODUCTION', { version: '16' }),
      component('Database', 'Oracle', 'DECOMMISSIONING', { decommissionBy: '2027-06-30', successor: 'PostgreSQL' }),
      component('Platform', 'Kubernetes', 'PRODUCTION', { hosting: 'CLOUD' }),
      component('Search', 'OpenSearch', 'PILOT'),
    ]);
    await seed.stack(no, [component('Database', 'PostgreSQL', 'PILOT'), component('Search', 'OpenSearch', 'PILOT')]);
    const expected = await seed.radar(fr);

    const page = claire.page;
    await page.goto('/stacks');
    await page.getByRole('navigation', { name: 'Tech stacks' }).getByRole('link', { name: 'Technology radar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Technology radar' }).waitFor();
    const chart = page.getByRole('img', { name: /^The radar: \d+ products in four rings/ });
    await chart.waitFor();
    const rings = await chart
      .locator('circle.ring')
      .evaluateAll((circles) => circles.map((c) => c.getAttribute('data-ring')));
    expect(rings.sort()).toEqual(['ADOPT', 'ASSESS', 'HOLD', 'TRIAL']);
    for (const ring of ['Adopt', 'Trial', 'Assess', 'Hold']) await chart.getByText(ring, { exact: true }).waitFor();

    const blips = await chart.locator('g.blip').evaluateAll((marks) =>
      marks.map((mark) => ({
        product: mark.getAttribute('data-product'),
        ring: mark.getAttribute('data-ring'),
        movement: mark.getAttribute('data-movement') || null,
      })),
    );
    const byProduct = (a: { product: string | null }, b: { product: string | null }) =>
      (a.product ?? '').localeCompare(b.product ?? '');
    expect(blips.sort(byProduct)).toEqual(expected.sort(byProduct));
    expect(blips).toEqual(
      expect.arrayContaining([
        { product: 'Kubernetes', ring: 'ADOPT', movement: 'UP' },
        { product: 'OpenSearch', ring: 'TRIAL', movement: 'NEW' },
        { product: 'Oracle Database', ring: 'HOLD', movement: 'SAME' },
        { product: 'PostgreSQL', ring: 'ADOPT', movement: 'SAME' },
      ]),
    );
    // Camunda is one office's choice: counted in "other", never named.
    expect(blips.map((blip) => blip.product)).not.toContain('Camunda');
    await page.getByText('Other products', { exact: true }).waitFor();
    const table = page.getByRole('table', { name: 'Products on the radar' });
    await table.getByRole('row', { name: /OpenSearch Trial New 2/ }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'radar-en');
  });

  it('shows an office stack, two offices compared, the decommission calendar, reports and the standards matrix', async () => {
    const page = claire.page;
    await page.goto('/stacks/DE');
    await page.getByRole('heading', { level: 1, name: 'Tech stack of Germany' }).waitFor();
    await page.getByLabel('Version', { exact: true }).selectOption('1');
    await page.getByRole('row', { name: /Oracle \(Oracle Database\) 1 On premises Decommissioning/ }).waitFor();
    await page.getByText('Vendor support ends before the retirement').waitFor();
    await page.getByRole('row', { name: /Move the register off Oracle/ }).waitFor();
    await screenshot(page, 'stack-en');

    await page.getByRole('link', { name: 'Compare offices' }).click();
    await page.getByLabel('First office').selectOption('DE');
    await page.getByLabel('Second office').selectOption('FR');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const comparison = page.getByRole('table', { name: 'Layers of Germany and France' });
    await comparison.getByRole('row', { name: /^Search .*OpenSearch.*Elasticsearch/ }).waitFor();
    await screenshot(page, 'compare-en');

    await page.getByRole('link', { name: 'Decommission calendar' }).click();
    await page.getByLabel('From').fill('2027-01-01');
    await page.getByLabel('To').fill('2027-12-31');
    await page.getByRole('button', { name: 'Show the calendar' }).click();
    await page.getByRole('heading', { level: 2, name: 'June 2027' }).waitFor();
    const retirement = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date('2027-06-30T00:00:00Z'),
    );
    await page.getByRole('row', { name: new RegExp(`^${retirement} Oracle`) }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'calendar-en');

    await page.goto('/reports');
    await page.getByRole('link', { name: 'Replacing our trademark register' }).click();
    await page.getByRole('heading', { level: 1, name: 'Replacing our trademark register' }).waitFor();
    await page.getByText('4 months over plan').waitFor();
    await page.locator('.post-body strong', { hasText: 'March' }).waitFor();
    expect(page.url()).toContain(`/reports/${reportId}`);
    await screenshot(page, 'report-en');

    await page.goto('/standards');
    const matrix = page.getByRole('table', { name: 'Standards (rows) by office (columns)' });
    await matrix.getByRole('link', { name: /ST\.26 at France: Patents: Partly implemented/ }).click();
    await page.getByRole('heading', { level: 1, name: 'ST.26 at France' }).waitFor();
    await page.getByText('Sequence listings only for new filings.').first().waitFor();
    await page.goto('/standards');
    await matrix.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'standards-en');
  });

  it('shows every browse page in Chinese with nothing left in English, and without serious accessibility violations', async () => {
    const page = claire.page;
    const catalogues = await webCatalogues();
    await page.goto('/strategies');
    await page.getByRole('button', { name: '中文' }).click();
    const pages: [string, string, string][] = [
      ['/strategies', '信通技术战略', 'strategies-zh'],
      [`/strategies/${strategyId}`, title, 'strategy-zh'],
      ['/reports', '经验报告', 'reports-zh'],
      ['/stacks/DE', '德国的技术栈', 'stack-zh'],
      ['/stacks/compare?first=DE&second=FR', '比较技术栈', 'compare-zh'],
      ['/radar', '技术雷达', 'radar-zh'],
      ['/stacks/calendar?from=2027-01-01&to=2027-12-31', '停用日历', 'calendar-zh'],
      ['/standards', '产权组织标准的实施情况', 'standards-zh'],
    ];
    for (const [path, heading, name] of pages) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('.loading').waitFor({ state: 'detached' });
      expect([path, await interfaceEnglishLeft(page, catalogues)]).toEqual([path, []]);
      expect([path, await seriousA11yViolations(page)]).toEqual([path, []]);
      await screenshot(page, name);
    }
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto('/strategies');
    await page.getByRole('heading', { level: 1, name: 'ICT strategies' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'strategies-en');
  });
});
