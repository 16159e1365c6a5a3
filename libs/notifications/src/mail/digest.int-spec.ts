import { MailQueue } from '@forum/mail';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '@forum/testing';
import { PUBLIC_URL, startMailForum, type MailForum, type Recipient } from './testing/mail.fixture.js';

// Acceptance 5 of issue 12: a daily digest holds that day's notifications for the members who chose it; with the SMTP
// server down during the send, the e-mails arrive once it is back, one copy each. Time is the forum's Clock: the
// notifications are put on 14 January 2026 (a Wednesday) and the digests planned as at 00:10 UTC on the 15th.
describe('daily digests over a real SMTP server', () => {
  let smtp: TestSmtp;
  let forum: MailForum;
  beforeAll(async () => {
    smtp = await startTestSmtp({ running: false });
    forum = await startMailForum(smtp);
  });
  afterAll(async () => {
    await forum?.close();
    await smtp?.stop();
  });

  const to = (member: Recipient) => (mail: ReceivedMail) => mail.to.includes(member.email);

  it("holds that day's notifications for those who chose it; sent while the server is down, each arrives once when it is back", async () => {
    const { author } = forum.cast;
    const dora = await forum.recipient('DE', 'Dora Daily'); // the default: a daily digest in English
    const zhao = await forum.recipient('FR', 'Zhao Daily', { language: 'ZH' });
    const wendy = await forum.recipient('US', 'Wendy Weekly', { frequency: 'WEEKLY' });
    const nora = await forum.recipient('DE', 'Nora None', { frequency: 'NONE' });
    for (const member of [dora, zhao, wendy, nora])
      await forum.subscribe(member.token, { level: 'WATCHING', spaceSlug: 'recommendation-9' });
    await forum.subscribe(dora.token, { level: 'TRACKING', spaceSlug: 'recommendation-4' });

    const yesterday = await forum.startThread(author.token, { title: 'Told the day before' });
    await forum.moveNotificationsTo('2026-01-13T18:00:00Z', yesterday);
    const cloud = await forum.startThread(author.token, { title: 'Cloud <search> & "AI"' });
    await forum.reply(author.token, cloud.threadId, 'First results.');
    await forum.reply(author.token, cloud.threadId, 'Second results.');
    const ocr = await forum.startThread(author.token, { title: 'OCR of old files', spaceSlug: 'recommendation-4' });
    await forum.moveNotificationsTo('2026-01-14T10:00:00Z', cloud);
    await forum.moveNotificationsTo('2026-01-14T15:00:00Z', ocr);

    // The server is down while the digests are sent: the first attempts fail, and are retried.
    expect(await forum.planDigests(new Date('2026-01-15T00:10:00Z'))).toBe(2);
    const failed = await forum.attempted(1);
    expect(failed.map((mail) => mail.recipient_id).sort()).toEqual([dora.id, zhao.id].sort());
    expect(failed.every((mail) => mail.state === 'PENDING' && mail.last_error)).toBe(true);
    expect(JSON.stringify(failed)).not.toContain('smtp-test-password'); // SMTP_URL's password is never stored
    expect(smtp.received).toEqual([]);

    await smtp.start();
    await smtp.waitFor((received) => received.some(to(dora)) && received.some(to(zhao)));
    // Retries come 1-2 s apart: a second copy would have come by now.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(smtp.received.filter(to(dora))).toHaveLength(1);
    expect(smtp.received.filter(to(zhao))).toHaveLength(1);
    expect(smtp.received.filter((mail) => to(wendy)(mail) || to(nora)(mail))).toEqual([]);
    const sent = await forum.outgoing();
    expect(sent.map((mail) => mail.state)).toEqual(['SENT', 'SENT']);

    const [doras] = smtp.received.filter(to(dora));
    const doraRow = sent.find((mail) => mail.recipient_id === dora.id)!;
    expect(doras.parsed.messageId).toBe(`<${doraRow.id}@forum.example.org>`);
    expect(doraRow.message_id).toBe(doras.parsed.messageId);
    expect(doras.parsed.subject).toBe('[IP Office ICT Forum] Your daily digest: 4 notifications in 2 threads');
    const text = doras.parsed.text ?? '';
    expect(text).toContain('2026-01-14');
    expect(text).toContain('Cloud <search> & "AI" (new thread, 2 new posts)');
    expect(text).toContain(`${PUBLIC_URL}/threads/${cloud.threadId}`);
    expect(text).toContain('OCR of old files (new thread)');
    expect(text).not.toContain('Told the day before');
    // Grouped by recommendation space, in the catalogue's order (4 before 9).
    expect(text.indexOf('Recommendation 4:')).toBeGreaterThan(-1);
    expect(text.indexOf('Recommendation 4:')).toBeLessThan(text.indexOf('Recommendation 9:'));
    const html = String(doras.parsed.html);
    expect(html).toContain('Cloud &lt;search&gt; &amp; &quot;AI&quot;');
    expect(html).not.toContain('<search>');
    expect(doras.header('list-unsubscribe')).toMatch(new RegExp(`^<${PUBLIC_URL}/api/unsubscribe/[\\w.-]+>$`));
    expect(doras.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    const [zhaos] = smtp.received.filter(to(zhao));
    expect(zhaos.parsed.subject).toBe('[知识产权局信息通信技术论坛] 每日摘要：1 个主题中的 3 条通知');
    expect(zhaos.parsed.text).toContain('建议 9：');
    expect(zhaos.parsed.text).toContain('Cloud <search> & "AI" (新主题，2 条新帖子)');
    expect(zhaos.header('content-language')).toBe('zh');
  });

  it('plans each period once, and an e-mail already sent is not sent again by a later attempt', async () => {
    const before = smtp.received.length;
    expect(await forum.planDigests(new Date('2026-01-15T06:00:00Z'))).toBe(0);
    // An attempt after a crash that followed the record of the send (the job retried) finds it SENT: no copy.
    const [first] = await forum.outgoing();
    await forum.api.app.get(MailQueue).attempt(first.id, { final: false });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(smtp.received).toHaveLength(before);
  });
});
