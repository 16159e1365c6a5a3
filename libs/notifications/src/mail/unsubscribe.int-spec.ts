import { createHmac } from 'node:crypto';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '@forum/testing';
import { EmailFrequency } from './email-frequency.js';
import { PUBLIC_URL, startMailForum, type MailForum, type Recipient } from './testing/mail.fixture.js';
import { UnsubscribeLinks } from './unsubscribe-links.js';

// Acceptance 6 of issue 12: the unsubscribe link works without signing in, only for that member's subscription (or
// that e-mail setting), and cannot be forged: anything the forum's key did not sign is the 404 of no such link.
describe('one-click unsubscribe (RFC 8058)', () => {
  let smtp: TestSmtp;
  let forum: MailForum;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    forum = await startMailForum(smtp);
  });
  afterAll(async () => {
    await forum?.close();
    await smtp?.stop();
  });

  /** The link as the API serves it (PUBLIC_URL names the public address; the test talks to the test app). */
  const local = (url: string) => url.replace(PUBLIC_URL, forum.api.url);
  const post = (url: string, body = 'List-Unsubscribe=One-Click') =>
    fetch(local(url), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  const linkOf = (mail: ReceivedMail) => /^<(.+)>$/.exec(mail.header('list-unsubscribe') ?? '')![1];
  const subscriptionsOf = async (member: Recipient) =>
    (
      await forum.gql<{ mySubscriptions: { id: string; threadId: string | null; spaceSlug: string | null }[] }>(
        member.token,
        '{ mySubscriptions { id threadId spaceSlug } }',
      )
    ).mySubscriptions;
  const frequencyOf = async (member: Recipient) =>
    (await forum.gql<{ myEmailSettings: { frequency: string } }>(member.token, '{ myEmailSettings { frequency } }'))
      .myEmailSettings.frequency;

  let bea: Recipient;
  let cid: Recipient;
  let link: string;
  let threadId: string;

  beforeAll(async () => {
    bea = await forum.recipient('FR', 'Bea Immediate', { frequency: 'IMMEDIATE' });
    cid = await forum.recipient('US', 'Cid Immediate', { frequency: 'IMMEDIATE' });
    ({ threadId } = await forum.startThread(forum.cast.author.token, { title: 'Scanning at scale' }));
    for (const member of [bea, cid]) {
      await forum.subscribe(member.token, { level: 'WATCHING', threadId });
      await forum.subscribe(member.token, { level: 'TRACKING', spaceSlug: 'recommendation-9' });
    }
    await forum.reply(forum.cast.author.token, threadId, 'We scan 40,000 pages a day.');
    const mails = await smtp.waitFor((received) => received.some((mail) => mail.to.includes(bea.email)));
    link = linkOf(mails.find((mail) => mail.to.includes(bea.email))!);
  });

  it('sends each e-mail with the List-Unsubscribe headers of the subscription that brought it', () => {
    const mail = smtp.received.find((received) => received.to.includes(bea.email))!;
    expect(mail.parsed.subject).toBe('[IP Office ICT Forum] New post by Anna Author in “Scanning at scale”');
    expect(link.startsWith(`${PUBLIC_URL}/api/unsubscribe/`)).toBe(true);
    expect(mail.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.parsed.text).toContain(`Unsubscribe from it: ${link}`);
  });

  it('shows a confirmation page on GET, without signing in and without changing anything', async () => {
    const response = await fetch(local(link));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const page = await response.text();
    expect(page).toContain('<form method="post">');
    expect(page).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(await subscriptionsOf(bea)).toHaveLength(2);
  });

  it("ends that member's subscription only, on a POST without signing in; again, it changes nothing more", async () => {
    const response = await post(link);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('you are unsubscribed');
    expect(await subscriptionsOf(bea)).toEqual([expect.objectContaining({ spaceSlug: 'recommendation-9' })]);
    expect(await subscriptionsOf(cid)).toHaveLength(2);
    expect(await frequencyOf(bea)).toBe('IMMEDIATE');
    expect((await post(link)).status).toBe(200);
    expect(await subscriptionsOf(bea)).toHaveLength(1);
    expect(await subscriptionsOf(cid)).toHaveLength(2);
  });

  it('refuses with 404 a forged, altered or foreign-key token, and changes nothing', async () => {
    const cidThread = (await subscriptionsOf(cid)).find((subscription) => subscription.threadId === threadId)!;
    const [, mac] = link.split('/').at(-1)!.split('.');
    const body = (...fields: string[]) => Buffer.from(['v1', ...fields].join('.')).toString('base64url');
    const macWith = (key: string, text: string) =>
      createHmac('sha256', key).update(`v1\nnotifications.unsubscribe\n${text}`).digest('base64url');
    const forged = [
      'not-a-token',
      `${body('s', cid.id, cidThread.id)}.${mac}`, // Bea's MAC on Cid's subscription
      `${body('e', bea.id, 'IMMEDIATE')}.${mac}`, // the same MAC on another scope
      `${link.split('/').at(-1)!.slice(0, -2)}AA`, // a changed MAC
      `${body('s', cid.id, cidThread.id)}.${macWith('a-key-that-is-not-the-forum-key-0000000000', body('s', cid.id, cidThread.id))}`,
    ];
    for (const token of forged) {
      const url = `${PUBLIC_URL}/api/unsubscribe/${token}`;
      const response = await post(url);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
      expect((await fetch(local(url))).status).toBe(404);
    }
    expect(await subscriptionsOf(cid)).toHaveLength(2);
    expect(await frequencyOf(bea)).toBe('IMMEDIATE');
    expect(await frequencyOf(cid)).toBe('IMMEDIATE');
  });

  it("ends a digest's e-mails by setting that member's e-mail to none, and an old link never undoes a later choice", async () => {
    const links = forum.api.app.get(UnsubscribeLinks);
    const dana = await forum.recipient('DE', 'Dana Daily');
    const will = await forum.recipient('DE', 'Will Weekly', { frequency: 'WEEKLY' });
    const daily = (member: Recipient) =>
      links.url({ kind: 'email', memberId: member.id, frequency: EmailFrequency.DAILY });
    expect((await post(daily(dana))).status).toBe(200);
    expect(await frequencyOf(dana)).toBe('NONE');
    expect(await frequencyOf(bea)).toBe('IMMEDIATE');
    // Will had daily digests once, then chose weekly ones: the old daily link leaves the weekly choice alone.
    expect((await post(daily(will))).status).toBe(200);
    expect(await frequencyOf(will)).toBe('WEEKLY');
    const weekly = links.url({ kind: 'email', memberId: will.id, frequency: EmailFrequency.WEEKLY });
    expect((await post(weekly)).status).toBe(200);
    expect(await frequencyOf(will)).toBe('NONE');
  });

  it("links a reply's e-mail to the e-mail setting, since no subscription brought it", async () => {
    const { author } = forum.cast;
    const { threadId: own, openingPostId } = await forum.startThread(bea.token, { title: 'Our own question' });
    await forum.reply(author.token, own, 'An answer to Bea.', openingPostId);
    const mails = await smtp.waitFor((received) =>
      received.some((mail) => mail.to.includes(bea.email) && mail.parsed.subject?.includes('replied to you')),
    );
    const reply = mails.find((mail) => mail.to.includes(bea.email) && mail.parsed.subject?.includes('replied to you'))!;
    // Bea watches her own thread, but a reply to her is owed whatever she follows: the link stops these e-mails.
    expect(reply.parsed.text).toContain('Stop these e-mails');
    expect((await post(linkOf(reply))).status).toBe(200);
    expect(await frequencyOf(bea)).toBe('NONE');
    expect(await subscriptionsOf(bea)).toHaveLength(2); // the space, and her own thread
  });
});
