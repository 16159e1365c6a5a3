import { readFileSync } from 'node:fs';
import type { Browser, WebSocketRoute } from 'playwright-core';
import { launchChromium, openContext, type WatchedPage } from './support/browser.js';
import { startForum, PASSWORD, type Forum } from './support/forum.js';
import { isSameDocument, markDocument, PDF_BYTES, postWith, signInThroughPage } from './support/pages.js';

// Issue 15, acceptance 2 and 3: two members on two devices (two browser contexts), the API built and running.
describe('the forum in two browsers', () => {
  let forum: Forum;
  let browser: Browser;
  let ada: WatchedPage; // DE, accepts her invitation in the browser, posts a report
  let li: WatchedPage; // CN, watches the space, then replies
  let li_: { email: string; password: string; token: string };
  const title = 'Moving patent search to the cloud';
  const liReply = 'Which vendor did you choose for the search engine?';
  const adaReply = 'We chose an open-source engine, hosted by a European provider.';

  beforeAll(async () => {
    forum = await startForum();
    browser = await launchChromium();
    ada = await openContext(browser, forum.api.url);
    li = await openContext(browser, forum.api.url);
    li_ = await forum.member('Li Wei', 'CN');
  });
  afterAll(async () => {
    await browser?.close();
    await forum?.stop();
  });
  afterEach(() => {
    // What a page reported (a refused script or style, an exception) is a failure of the page.
    expect([...(ada?.problems ?? []), ...(li?.problems ?? [])]).toEqual([]);
  });

  it('accepts an invitation, posts an experience report (the API naming a bad field first), and the report arrives live in the space another member is viewing', async () => {
    const token = await forum.invite('ada.lovelace@dpma.test', 'DE');
    await ada.page.goto(`/accept-invitation#token=${token}`);
    await ada.page.getByLabel('Your name').fill('Ada Lovelace');
    await ada.page.getByLabel('New password', { exact: true }).fill(PASSWORD);
    await ada.page.getByLabel('New password again').fill(PASSWORD);
    await ada.page.getByRole('button', { name: 'Join' }).click();
    await ada.page.getByRole('button', { name: 'Sign out' }).waitFor();

    await signInThroughPage(li.page, li_);
    await li.page.goto('/spaces/recommendation-9');
    await li.page.getByRole('heading', { level: 1, name: 'Recommendation 9' }).waitFor();
    await li.page.getByText(/^0 threads\b/).waitFor();
    await markDocument(li.page);

    await ada.page.getByRole('link', { name: 'Post an experience report' }).first().click();
    await ada.page.getByRole('heading', { level: 1, name: 'Post an experience report' }).waitFor();
    await ada.page.getByLabel('Title').fill(title);
    await ada.page.getByLabel('Project').fill('ab'); // 3 characters at least: the API says so
    await ada.page.getByLabel('Delivery model').selectOption('HYBRID');
    await ada.page.getByLabel('Delivery', { exact: true }).check();
    await ada.page.getByLabel('Technologies used').fill('Postgres, Elasticsearch');
    await ada.page.getByLabel('Outcome').fill('In production since March.');
    await ada.page.getByLabel('Lessons learned').fill('Run both systems side by side first.');
    await ada.page.getByLabel('Planned duration (months)').fill('12');
    await ada.page.getByLabel('Actual duration (months)').fill('18');
    await ada.page.getByRole('button', { name: 'Post the report' }).click();

    const project = ada.page.getByLabel('Project');
    await ada.page.getByText('The report was not posted: please check the fields marked below.').waitFor();
    expect(await project.getAttribute('aria-invalid')).toBe('true');
    const problemId = (await project.getAttribute('aria-describedby'))!.split(' ').at(-1)!;
    const problem = await ada.page.locator(`[id="${problemId}"]`).textContent();
    expect(problem).toMatch(/^Please check this field\. .*projectName|3/);

    await project.fill('Cloud patent search');
    await ada.page.getByRole('button', { name: 'Post the report' }).click();
    await ada.page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(ada.page.url()).toMatch(/\/threads\/[0-9a-f-]{36}$/);

    // In the other browser, without reloading: the space's list gains the report's thread.
    await li.page.getByRole('link', { name: title }).waitFor({ timeout: 10_000 });
    await li.page.getByText(/^1 thread\b/).waitFor();
    expect(await isSameDocument(li.page)).toBe(true);
  });

  it('shows a reply with a PDF, posted in one browser, in the other within 2 seconds without reload; the PDF downloads', async () => {
    await li.page.getByRole('link', { name: title }).click();
    await li.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await markDocument(ada.page);

    const opening = postWith(li.page, 'In production since March.');
    await opening.getByRole('button', { name: 'Reply' }).click();
    await li.page.getByLabel('Your reply to Ada Lovelace').fill(liReply);
    await opening
      .getByLabel('Attach files')
      .setInputFiles({ name: 'search-study.pdf', mimeType: 'application/pdf', buffer: PDF_BYTES });
    await opening.getByRole('button', { name: 'Remove search-study.pdf' }).waitFor();
    await opening.getByRole('button', { name: 'Preview' }).click();
    await opening.getByRole('region', { name: 'Preview' }).getByText(liReply).waitFor();

    // Posted: the API answered the reply mutation (it is committed). From then on the other member's page has
    // 2 seconds to show it in the tree, in place, without a reload (issue 15, acceptance 3).
    const posted = li.page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('mutation Reply'),
    );
    await opening.getByRole('button', { name: 'Post the reply' }).click();
    expect((await (await posted).json()).errors).toBeUndefined();
    await postWith(ada.page, liReply).waitFor({ timeout: 2_000 });
    expect(await isSameDocument(ada.page)).toBe(true);

    const reply = postWith(ada.page, liReply);
    expect(await reply.getByRole('heading').textContent()).toContain('reply, level 1');
    const [download] = await Promise.all([
      ada.page.waitForEvent('download'),
      reply.getByRole('button', { name: 'Download search-study.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('search-study.pdf');
    expect(readFileSync((await download.path())!)).toEqual(PDF_BYTES);
  });

  it('replies inline in the tree: the answer sits under the reply it answers, in both browsers', async () => {
    const reply = postWith(ada.page, liReply);
    await reply.getByRole('button', { name: 'Reply' }).click();
    await ada.page.getByLabel('Your reply to Li Wei').fill(adaReply);
    await reply.getByRole('button', { name: 'Post the reply' }).click();

    for (const page of [ada.page, li.page]) {
      const answer = postWith(page, adaReply);
      await answer.waitFor();
      expect(await answer.getByRole('heading').textContent()).toContain('reply, level 2');
      // Nested in the replies of Li's post.
      const parentId = await postWith(page, liReply).getAttribute('data-post-id');
      expect(await page.locator(`[id="post-${parentId}-replies"]`).getByText(adaReply).count()).toBe(1);
    }
  });

  it('edits with history, reacts, flags and deletes', async () => {
    const mine = postWith(li.page, liReply);
    await mine.getByRole('button', { name: 'Edit' }).click();
    const editor = li.page.getByLabel('Your post');
    await editor.fill(`${liReply} (We also looked at two vendors.)`);
    await li.page.getByRole('button', { name: 'Save the changes' }).click();
    const edited = postWith(li.page, 'We also looked at two vendors.');
    await edited.getByText(/edited /).waitFor();
    await edited.getByText('Earlier version (1)').click();
    await edited.locator('.history').getByText(liReply, { exact: true }).waitFor();

    // Edits are not pushed live (only new posts are): the other member sees it on the next read.
    await ada.page.reload();
    const theirs = postWith(ada.page, 'We also looked at two vendors.');
    await theirs.waitFor();
    const insightful = theirs.getByRole('button', { name: /^Insightful/ });
    await insightful.click();
    await theirs.getByRole('button', { name: 'Insightful 1' }).waitFor();
    expect(await theirs.getByRole('button', { name: 'Insightful 1' }).getAttribute('aria-pressed')).toBe('true');
    // History is for the author (and moderators) only.
    expect(await theirs.locator('.history').count()).toBe(0);

    await theirs.getByRole('button', { name: 'Flag for moderators' }).click();
    await ada.page.getByLabel('Why should moderators look at this post?').fill('Names a vendor: please check.');
    await ada.page.getByRole('button', { name: 'Send to the moderators' }).click();
    await theirs.getByText('Flagged for the moderators.').waitFor();

    const answer = postWith(ada.page, adaReply);
    await answer.getByRole('button', { name: 'Delete' }).click();
    await answer.getByRole('button', { name: 'Delete the post' }).click();
    await ada.page.getByText('This post was deleted.').waitFor();
  });

  it('moves through the reply tree with the keyboard: arrows between posts, left and right to collapse and open', async () => {
    const page = li.page;
    await page.reload();
    const posts = page.locator('article.post');
    await posts.first().waitFor();
    const ids = await posts.evaluateAll((articles) => articles.map((article) => article.id));
    expect(ids).toHaveLength(3);
    const focused = () => page.evaluate(() => document.activeElement?.id);

    await page.locator(`[id="${ids[0]}"]`).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(ids[1]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(ids[2]);
    await page.keyboard.press('ArrowLeft'); // a post without replies: to its parent
    expect(await focused()).toBe(ids[1]);
    await page.keyboard.press('ArrowLeft'); // collapses its replies
    const toggle = page
      .locator(`[id="${ids[1]}"]`)
      .getByRole('button', { name: /replies|reply/ })
      .last();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator(`[id="${ids[2]}"]`).isVisible()).toBe(false);
    await page.keyboard.press('End');
    expect(await focused()).toBe(ids[1]);
    await page.keyboard.press('ArrowRight'); // opens them again
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight'); // into the first reply
    expect(await focused()).toBe(ids[2]);
    await page.keyboard.press('Home');
    expect(await focused()).toBe(ids[0]);
    // One tab stop for the whole tree: the post last moved to.
    expect(await posts.evaluateAll((articles) => articles.filter((a) => a.tabIndex === 0).length)).toBe(1);
  });

  it('shows the replies posted while its connection was lost once it is back, without reload', async () => {
    const threadUrl = ada.page.url();
    const threadId = /\/threads\/([0-9a-f-]{36})/.exec(threadUrl)?.[1];
    if (!threadId) throw new Error(`not a thread page: ${threadUrl}`);
    const missed = 'Posted while the other browser was offline.';
    const reader = await openContext(browser, forum.api.url);
    try {
      const page = reader.page;
      // The socket.io connection goes through the test, which can lose the server's post.created events (as a
      // connection that is going down does), and then close the connection.
      const connections: WebSocketRoute[] = [];
      let losing = false;
      let joined = 0;
      let lost = 0;
      await page.routeWebSocket(/\/socket\.io\//, (ws) => {
        const server = ws.connectToServer();
        ws.onMessage((message) => server.send(message));
        server.onMessage((message) => {
          const text = String(message);
          if (/^43\d*\[\{"ok":true\}\]$/.test(text)) joined++;
          if (losing && text.includes('"post.created"')) lost++;
          else ws.send(message);
        });
        connections.push(ws);
      });
      const until = async (done: () => boolean, what: string) => {
        const deadline = Date.now() + 15_000;
        while (!done()) {
          if (Date.now() > deadline) throw new Error(`waited 15 s for ${what}`);
          await page.waitForTimeout(50);
        }
      };
      /** A reply whose post.created the page does not get: only reading the thread again can show it. */
      const replyLost = async (body: string) => {
        const lostBefore = lost;
        losing = true;
        await forum.api.client
          .as(li_.token)
          .data('mutation($input: ReplyInput!) { reply(input: $input) { id } }', { input: { threadId, body } });
        await until(() => lost > lostBefore, 'the lost post.created');
        expect(await postWith(page, body).count()).toBe(0);
      };
      await signInThroughPage(page, li_);
      await page.goto(threadUrl);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await until(() => joined > 0, 'the thread room to be joined');
      await markDocument(page);

      // The connection is lost: socket.io reconnects, joins the room again, and the page reads the thread again.
      await replyLost(missed);
      let [opened, joinedBefore] = [connections.length, joined];
      await connections.at(-1)!.close();
      await postWith(page, missed).waitFor();
      losing = false;
      expect(connections.length).toBeGreaterThan(opened);
      expect(joined).toBeGreaterThan(joinedBefore);

      // The server closes the connection (as at the end of its access token): the page comes back by itself.
      const alsoMissed = 'Posted before the server closed the connection.';
      await replyLost(alsoMissed);
      [opened, joinedBefore] = [connections.length, joined];
      connections.at(-1)!.send('41'); // socket.io's DISCONNECT of the main namespace, as the server sends it
      await postWith(page, alsoMissed).waitFor();
      losing = false;
      expect(connections.length).toBeGreaterThan(opened);
      expect(joined).toBeGreaterThan(joinedBefore);
      expect(await isSameDocument(page)).toBe(true);
      expect(reader.problems).toEqual([]);
    } finally {
      await reader.context.close();
    }
  });

  it('switches to Chinese, and keeps it for the member after a reload, a new sign-in and on another device', async () => {
    const page = ada.page;
    const threadUrl = page.url();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '退出' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await page.getByRole('button', { name: '回复', exact: true }).count()).toBeGreaterThan(0);

    await page.reload();
    await page.getByRole('button', { name: '退出' }).click();
    await page.getByRole('banner').getByRole('link', { name: '登录' }).click();
    await page.getByLabel('电子邮件').fill('ada.lovelace@dpma.test');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('main').getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { level: 1, name: '关于信通技术和知识产权行政管理的十项建议' }).waitFor();
    await page.goto(threadUrl);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByRole('button', { name: '回复', exact: true }).count()).toBeGreaterThan(0);
    // Li, on the other device, kept English.
    expect(await li.page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);

    // The API keeps the member's language: on a device Ada never used, in an English browser, she reads Chinese.
    const laptop = await openContext(browser, forum.api.url, { locale: 'en-GB' });
    try {
      await signInThroughPage(
        laptop.page,
        { email: 'ada.lovelace@dpma.test', password: PASSWORD },
        { signedOut: '退出' },
      );
      await laptop.page.getByRole('heading', { level: 1, name: '关于信通技术和知识产权行政管理的十项建议' }).waitFor();
      expect(laptop.problems).toEqual([]);
    } finally {
      await laptop.context.close();
    }
  });
});
