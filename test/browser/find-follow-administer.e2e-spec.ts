import type { Browser, Page, Route } from 'playwright-core';
import { seriousA11yViolations } from './support/a11y.js';
import { launchChromium, openContext, screenshot, type WatchedPage } from './support/browser.js';
import { ADMIN, startForum, type Forum } from './support/forum.js';
import { englishLeft, webCatalogues } from './support/i18n.js';
import { postWith, signInThroughPage } from './support/pages.js';
import { textPdf } from '@forum/testing';

type Member = { email: string; password: string; token: string };

// Issue 15: search with filters and facets, similar threads while writing, the unread count live in the header,
// the inbox, watch levels, settings, and the staff pages (each for the roles that use it, not found for anyone else).
describe('finding, following and administering', () => {
  let forum: Forum;
  let browser: Browser;
  let ada: WatchedPage; // DE: writes the threads, replies
  let li: WatchedPage; // CN: searches, watches, reads the inbox
  let adaMember: Member;
  let liMember: Member;
  const germanTitle = 'Moving our patent search engine to OpenSearch';
  const chineseTitle = 'OpenSearch licensing for a national register';
  let germanThread = '';

  /**
   * English left in the interface after switching to Chinese, leaving out content: the names of regional and
   * international offices (the API has them in English only; some contain a word that is also a message of the
   * interface, "International") and members' names (the first admin is called "Administrator").
   */
  const interfaceEnglishLeft = async (page: Page) => {
    const { offices, me } = await forum.api.client
      .as(forum.adminToken)
      .data<{ offices: { code: string; name: string }[]; me: { displayName: string } }>(
        '{ offices { code name } me { displayName } }',
      );
    const names = new Set([
      me.displayName,
      ...offices.flatMap((office) => [office.name, `${office.code} · ${office.name}`]),
    ]);
    return (await englishLeft(page, await webCatalogues())).filter(
      (entry) => !names.has(/: "(.*)"$/.exec(entry)?.[1] ?? ''),
    );
  };

  /** Each staff URL shows the not-found page, and none of the section's tables. */
  const notFoundAt = async (page: Page, paths: string[]) => {
    for (const path of paths) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
      expect(await page.getByRole('table').count()).toBe(0);
    }
  };

  const startThread = async (member: Member, input: Record<string, unknown>) =>
    (
      await forum.api.client
        .as(member.token)
        .data<{ startThread: { id: string } }>(
          'mutation($input: StartThreadInput!) { startThread(input: $input) { id } }',
          {
            input,
          },
        )
    ).startThread.id;

  beforeAll(async () => {
    forum = await startForum();
    browser = await launchChromium();
    adaMember = await forum.member('Ada Lovelace', 'DE');
    liMember = await forum.member('Li Wei', 'CN');
    germanThread = await startThread(adaMember, {
      spaceSlug: 'recommendation-8',
      title: germanTitle,
      body: 'We replaced the old engine with OpenSearch: two clusters, one per data centre.',
      tags: ['search'],
    });
    await startThread(liMember, {
      spaceSlug: 'general',
      kind: 'QUESTION',
      title: chineseTitle,
      body: 'Which licence terms did offices accept for OpenSearch support contracts?',
    });
    await startThread(adaMember, {
      spaceSlug: 'recommendation-9',
      title: 'Scanning backlog of paper files',
      body: 'Nothing about engines here.',
    });
    ada = await openContext(browser, forum.api.url);
    li = await openContext(browser, forum.api.url);
  });
  afterAll(async () => {
    await browser?.close();
    await forum?.stop();
  });
  afterEach(() => {
    // What a page reported (a refused script or style, an exception) is a failure of the page (of this test only).
    const problems = [...ada.problems, ...li.problems];
    ada.problems.length = 0;
    li.problems.length = 0;
    expect(problems).toEqual([]);
  });

  it('finds seeded threads by a word, marks it in the snippets, and narrows them by a facet', async () => {
    const page = li.page;
    await signInThroughPage(page, liMember);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await page.getByLabel('Search the forum').fill('OpenSearch');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();

    const results = page.getByRole('region', { name: /results?$/ });
    await page.getByRole('heading', { level: 2, name: '2 results' }).waitFor();
    await results.getByRole('link', { name: germanTitle }).waitFor();
    await results.getByRole('link', { name: chineseTitle }).waitFor();
    expect(await results.locator('mark', { hasText: 'OpenSearch' }).count()).toBeGreaterThanOrEqual(2);
    expect(await results.getByText('Scanning backlog of paper files').count()).toBe(0);

    // The office facet narrows to one hit and says so in the URL; pressing it again widens the search.
    const facets = page.getByRole('complementary', { name: 'Narrow the results' });
    const germany = facets.getByRole('button', { name: /^DE · Germany\b/ });
    expect(await germany.locator('.facet-count').textContent()).toBe('1');
    await germany.click();
    await page.getByRole('heading', { level: 2, name: '1 result' }).waitFor();
    expect(await results.getByRole('link', { name: chineseTitle }).count()).toBe(0);
    await results.getByRole('link', { name: germanTitle }).waitFor();
    expect(new URL(page.url()).searchParams.get('office')).toBe('DE');
    expect(await facets.getByRole('button', { name: /^DE · Germany/ }).getAttribute('aria-pressed')).toBe('true');
    await facets.getByRole('button', { name: /^DE · Germany/ }).click();
    await page.getByRole('heading', { level: 2, name: '2 results' }).waitFor();

    // A kind facet, then the typed syntax: -word leaves a thread out.
    await facets.getByRole('button', { name: /^Question\b/ }).click();
    await page.getByRole('heading', { level: 2, name: '1 result' }).waitFor();
    await results.getByRole('link', { name: chineseTitle }).waitFor();
    await facets.getByRole('button', { name: 'Clear the filters' }).click();
    // The form is made anew for the URL without filters: wait for it before typing into it.
    await facets.getByRole('button', { name: 'Clear the filters' }).waitFor({ state: 'detached' });
    await page.getByLabel('Search the forum').fill('OpenSearch -licence -licensing');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    // The question's list also said "1 result": wait for its one hit to leave.
    await results.getByRole('link', { name: chineseTitle }).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2, name: '1 result' }).waitFor();
    await results.getByRole('link', { name: germanTitle }).waitFor();

    await page.getByLabel('Search the forum').fill('OpenSearch');
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 2, name: '2 results' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'search-en');
  });

  it('shows the search page in Chinese with nothing left in English', async () => {
    const page = li.page;
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 2, name: '2 条结果' }).waitFor();
    await page.getByRole('heading', { level: 1, name: '搜索' }).waitFor();
    expect(await interfaceEnglishLeft(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'search-zh');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
  });

  it('leads from a document found by its text to the reply it is attached to', async () => {
    const page = li.page;
    const upload = new FormData();
    upload.append(
      'file',
      new Blob([new Uint8Array(textPdf('Wombat register migration plan'))], { type: 'application/pdf' }),
      'plan.pdf',
    );
    const uploaded = await fetch(`${forum.api.url}/api/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adaMember.token}` },
      body: upload,
    });
    const { id: documentId } = (await uploaded.json()) as { id: string };
    const { reply } = await forum.api.client
      .as(adaMember.token)
      .data<{ reply: { id: string } }>('mutation($input: ReplyInput!) { reply(input: $input) { id } }', {
        input: { threadId: germanThread, body: 'The migration plan is attached.', attachments: [documentId] },
      });
    // The PDF's text is read by the outbox worker after the reply committed.
    const found = async () =>
      (
        await forum.api.client
          .as(liMember.token)
          .data<{ search: { hits: { totalCount: number } } }>('{ search(query: "wombat") { hits { totalCount } } }')
      ).search.hits.totalCount;
    for (const deadline = Date.now() + 45_000; (await found()) === 0 && Date.now() < deadline;)
      await page.waitForTimeout(200);

    await page.goto('/search?q=wombat');
    const results = page.getByRole('region', { name: /results?$/ });
    const hit = results.getByRole('article', { name: 'plan.pdf' });
    await hit.getByText(`Attached in “${germanTitle}”`).waitFor();
    await hit.getByRole('button', { name: 'Download plan.pdf' }).waitFor();
    await hit.getByRole('link', { name: 'plan.pdf' }).click();
    await page.getByRole('heading', { level: 1, name: germanTitle }).waitFor();
    expect(new URL(page.url()).hash).toBe(`#post-${reply.id}`);
    await postWith(page, 'The migration plan is attached.').waitFor();
  });

  it('suggests similar threads while a new report is written', async () => {
    const page = ada.page;
    await signInThroughPage(page, adaMember);
    await page.goto('/reports/new');
    await page.getByLabel('Title').fill('Our move to OpenSearch for patent search');
    const similar = page.getByRole('region', { name: 'Similar threads already in the forum' });
    await similar.getByRole('link', { name: germanTitle }).waitFor();
    expect(await similar.getByRole('link', { name: germanTitle }).getAttribute('target')).toBe('_blank');
  });

  it('raises the unread count in the header live, within 2 seconds, when another member replies in a watched thread', async () => {
    const page = li.page;
    await page.goto(`/threads/${germanThread}`);
    await page.getByRole('heading', { level: 1, name: germanTitle }).waitFor();
    const level = page.getByLabel('Notifications for this thread');
    await level.selectOption('WATCHING');
    await page.getByText('Saved: Watching: every new post').waitFor();
    await page.reload();
    await page.waitForFunction(
      () => (document.querySelector('.watch-control select') as HTMLSelectElement | null)?.value === 'WATCHING',
    );

    // Li reads something else; the header is on every page.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recommendations' }).click();
    const bell = page.getByRole('link', { name: /^Notifications/ });
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();

    await ada.page.goto(`/threads/${germanThread}`);
    await ada.page.getByLabel('Your reply', { exact: true }).fill('Both clusters now run version 2.');
    // From the API's answer to the reply (committed), as in the forum test: the 2 seconds are the delivery's.
    const posted = ada.page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('mutation Reply'),
    );
    await ada.page.getByRole('button', { name: 'Post the reply' }).click();
    expect((await (await posted).json()).errors).toBeUndefined();
    const sent = Date.now();
    await page.getByRole('link', { name: 'Notifications 1 unread' }).waitFor({ timeout: 2_000 });
    expect(Date.now() - sent).toBeLessThan(2_000);
    expect(await bell.locator('.unread-count').textContent()).toBe('1');
  });

  it('lists the notification in the inbox, opens its thread, and marks all read', async () => {
    const page = li.page;
    await page.getByRole('link', { name: 'Notifications 1 unread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const item = page.getByRole('article', { name: germanTitle });
    await item.getByText('New post in a thread you watch').waitFor();
    await item.getByText('Unread', { exact: true }).waitFor();
    await page.getByText('1 notification, 1 unread').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'inbox-en');

    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('heading', { level: 1, name: '通知' }).waitFor();
    expect(await interfaceEnglishLeft(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'inbox-zh');
    await page.getByRole('button', { name: 'English' }).click();

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByRole('link', { name: 'Notifications', exact: true }).waitFor();
    await page.getByText('1 notification, 0 unread').waitFor();
    expect(await item.getByText('Unread', { exact: true }).count()).toBe(0);
    await item.getByRole('link', { name: germanTitle }).click();
    await postWith(page, 'Both clusters now run version 2.').waitFor();
  });

  it('keeps the language chosen in the settings for the member (the API keeps it), and the e-mail digest chosen there', async () => {
    const page = li.page;
    const settings = async () =>
      (
        await forum.api.client
          .as(liMember.token)
          .data<{ myEmailSettings: { frequency: string; language: string } }>(
            '{ myEmailSettings { frequency language } }',
          )
      ).myEmailSettings;
    /** The API's kept language once it is `language` (a choice is saved after the click, not before it answers). */
    const keptLanguage = async (language: string) => {
      const until = Date.now() + 15_000;
      while ((await settings()).language !== language && Date.now() < until) await page.waitForTimeout(100);
      return (await settings()).language;
    };
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your settings' }).waitFor();
    await page.getByLabel('中文').check();
    await page.getByRole('heading', { level: 1, name: '您的设置' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'settings-zh');
    expect(await keptLanguage('ZH')).toBe('ZH');

    // A choice made while the page loads, before the kept language (ZH) has come, wins over it and is kept in its
    // place: the kept language is held back until after the click.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const routed: Promise<void>[] = [];
    const hold = (route: Route) => {
      const onward = (async () => {
        if ((route.request().postData() ?? '').includes('MyEmailSettings')) await held;
        await route.continue();
      })();
      routed.push(onward);
      return onward;
    };
    await page.route('**/graphql', hold);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '您的设置' }).waitFor();
    await page.getByLabel('English').check();
    await page.getByRole('heading', { level: 1, name: 'Your settings' }).waitFor();
    release();
    // Every request taken so far goes on before the route is removed (removing it would answer the held ones).
    await Promise.all(routed);
    await page.unroute('**/graphql', hold);
    // The digest's choices show once the kept settings have come.
    await page.getByLabel('A daily digest, the next morning').waitFor();
    expect(await keptLanguage('EN')).toBe('EN');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your settings');

    // The e-mail digest is kept by the API.
    expect(await page.getByLabel('A daily digest, the next morning').isChecked()).toBe(true);
    await page.getByLabel('A weekly digest, on Mondays').check();
    await page.getByRole('button', { name: 'Save the e-mail settings' }).click();
    await page.getByText('Your e-mail settings were saved.').waitFor();
    expect(await settings()).toEqual({ frequency: 'WEEKLY', language: 'EN' });
    await page.reload();
    await page.getByLabel('A weekly digest, on Mondays').waitFor();
    expect(await page.getByLabel('A weekly digest, on Mondays').isChecked()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your settings');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'settings-en');
  });

  it('answers not found on every administrators’ URL to a member who is not an admin, and shows no link there', async () => {
    const page = li.page;
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await notFoundAt(page, ['/admin/members', '/admin/invitations', '/admin/flags', '/admin/audit']);
  });

  it('lets an admin manage members, invitations, the flag queue and read the audit log', async () => {
    // Li flags Ada's reply for the queue.
    const { thread } = await forum.api.client
      .as(liMember.token)
      .data<{ thread: { posts: { edges: { node: { id: string; body: string } }[] } } }>(
        'query($id: ID!) { thread(id: $id) { posts(first: 10) { edges { node { id body } } } } }',
        { id: germanThread },
      );
    const reply = thread.posts.edges.find((edge) => edge.node.body.startsWith('Both clusters'))?.node;
    if (!reply) throw new Error('the reply of the live test is missing');
    await forum.api.client
      .as(liMember.token)
      .data('mutation($postId: ID!) { flagPost(postId: $postId, reason: "Please check the version number.") { id } }', {
        postId: reply.id,
      });

    const admin = await openContext(browser, forum.api.url);
    try {
      const page = admin.page;
      await signInThroughPage(page, ADMIN);
      await page.getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
      const members = page.getByRole('table');
      await members.getByRole('rowheader', { name: 'Li Wei' }).waitFor();
      await page.getByLabel('Role of Li Wei').selectOption('MODERATOR');
      await page.getByText('Li Wei: saved.').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'admin-members-en');

      await page
        .getByRole('navigation', { name: 'Administration sections' })
        .getByRole('link', { name: 'Invitations' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
      await page.getByLabel('E-mail').fill('grace.hopper@uspto.test');
      await page.getByLabel('Office').selectOption('US');
      await page.getByRole('button', { name: 'Create the invitation' }).click();
      const link = await page.getByLabel('Invitation link').inputValue();
      expect(link).toMatch(new RegExp(`^${forum.api.url}/accept-invitation#token=.+`));
      await page.getByRole('rowheader', { name: 'grace.hopper@uspto.test' }).waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Revoke the invitation for grace.hopper@uspto.test' }).click();
      await page.getByText('The invitation for grace.hopper@uspto.test was revoked.').waitFor();
      await page.getByRole('rowheader', { name: 'grace.hopper@uspto.test' }).waitFor({ state: 'detached' });

      await page.getByRole('link', { name: 'Flag queue' }).click();
      await page.getByRole('heading', { level: 1, name: 'Flag queue' }).waitFor();
      const flag = page.getByRole('article', { name: `In ${germanTitle}` });
      await flag.getByText('Please check the version number.').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, 'admin-flags-en');
      await flag.getByRole('button', { name: 'Dismiss the flag' }).click();
      await page.getByText('Resolved: Dismissed.').waitFor();
      await page.getByText('No flags here.').waitFor();

      await page.getByRole('link', { name: 'Audit log' }).click();
      await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
      await page.getByLabel('Kind of entry').selectOption('INVITATION_REVOKED');
      await page.getByText('1 entry', { exact: true }).waitFor(); // the one revocation
      const revocation = page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Invitation revoked' }) });
      await revocation.waitFor();
      // Who acted, by name and office (not an id).
      expect(await revocation.getByRole('cell').nth(1).textContent()).toBe('Administrator WO');
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('button', { name: '中文' }).click();
      await page.getByRole('heading', { level: 1, name: '审计日志' }).waitFor();
      expect(await interfaceEnglishLeft(page)).toEqual([]);
      await screenshot(page, 'admin-audit-zh');
      expect(admin.problems).toEqual([]);
    } finally {
      await admin.context.close();
    }
  });

  it("shows an office admin their own office's members and invitations, a moderator the flag queue, and each of them not found elsewhere", async () => {
    const sections = (page: Page) =>
      page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link').allTextContents();
    const options = (page: Page, label: string) => page.getByLabel(label).locator('option').allTextContents();

    const officeAdmin = await forum.member('Otto Schmidt', 'DE', 'OFFICE_ADMIN');
    // An admin's invitation into Otto's office as a moderator: Otto sees it, and may not revoke it.
    await forum.invite('ida.moderator@dpma.test', 'DE', 'MODERATOR');
    const otto = await openContext(browser, forum.api.url);
    try {
      const page = otto.page;
      await signInThroughPage(page, officeAdmin);
      await page.getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
      expect(await sections(page)).toEqual(['Members', 'Invitations']);
      // The office's members only (Ada, not Li of CN), with no office filter, and the roles an office admin grants.
      await page.getByRole('rowheader', { name: 'Ada Lovelace' }).waitFor();
      expect(await page.getByRole('rowheader', { name: 'Li Wei' }).count()).toBe(0);
      expect(await page.getByLabel('Office').count()).toBe(0);
      expect(await options(page, 'Role of Ada Lovelace')).toEqual(['Member', 'Office administrator']);
      await page.getByLabel('Role of Ada Lovelace').selectOption('OFFICE_ADMIN');
      await page.getByText('Ada Lovelace: saved.').waitFor();
      await page.getByLabel('Role of Ada Lovelace').selectOption('MEMBER');
      await page.getByText('Ada Lovelace: saved.').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);

      await page.getByRole('link', { name: 'Invitations' }).click();
      await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
      await page.getByLabel('Office').locator('option').first().waitFor({ state: 'attached' });
      expect(await options(page, 'Office')).toEqual([expect.stringMatching(/^DE · /)]);
      expect(await options(page, 'Role')).toEqual(['Member', 'Office administrator']);
      await page.getByLabel('E-mail').fill('konrad.zuse@dpma.test');
      await page.getByRole('button', { name: 'Create the invitation' }).click();
      await page.getByRole('rowheader', { name: 'konrad.zuse@dpma.test' }).waitFor();
      await page.getByRole('rowheader', { name: 'ida.moderator@dpma.test' }).waitFor();
      const revoke = (email: string) => page.getByRole('button', { name: `Revoke the invitation for ${email}` });
      expect(await revoke('konrad.zuse@dpma.test').count()).toBe(1);
      expect(await revoke('ida.moderator@dpma.test').count()).toBe(0);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await notFoundAt(page, ['/admin/flags', '/admin/audit']);
      expect(otto.problems).toEqual([]);
    } finally {
      await otto.context.close();
    }

    // The admin made Li a moderator in the test before.
    const moderator = await openContext(browser, forum.api.url);
    try {
      const page = moderator.page;
      await signInThroughPage(page, liMember);
      await page.getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('heading', { level: 1, name: 'Flag queue' }).waitFor();
      expect(await sections(page)).toEqual(['Flag queue']);
      await page.getByText('No flags here.').waitFor();
      await notFoundAt(page, ['/admin/members', '/admin/invitations', '/admin/audit']);
      expect(moderator.problems).toEqual([]);
    } finally {
      await moderator.context.close();
    }
  });
});
