import { ThreadsService } from '@forum/discussions';
import { Role, Visibility } from '@forum/identity';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '@forum/testing';
import { startMailForum, type MailForum, type Recipient } from './testing/mail.fixture.js';

// The e-mail part of acceptance 3 of issue 12: a member who may not see a thread (OFFICE visibility of another office)
// and who watches its space gets no e-mail about it; and what may be seen is checked again when each e-mail is sent,
// so a thread narrowed while the SMTP server was down is in nobody's e-mail who lost it, immediate or digest.
describe('e-mail never tells a member of what it may not see', () => {
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

  const to = (member: Recipient) => (mail: ReceivedMail) => mail.to.includes(member.email);
  const about = (title: string) => (mail: ReceivedMail) =>
    Boolean(mail.parsed.subject?.includes(title) || mail.parsed.text?.includes(title));

  it('sends nothing about an OFFICE thread of another office to a member watching its space', async () => {
    const insider = await forum.recipient('DE', 'Ida Insider', { frequency: 'IMMEDIATE' });
    const outsider = await forum.recipient('US', 'Otto Outsider', { frequency: 'IMMEDIATE' });
    for (const member of [insider, outsider])
      await forum.subscribe(member.token, { level: 'WATCHING', spaceSlug: 'recommendation-2' });
    const { threadId } = await forum.startThread(forum.cast.author.token, {
      spaceSlug: 'recommendation-2',
      title: 'Our internal budget',
      visibility: 'OFFICE',
    });
    await forum.reply(forum.cast.author.token, threadId, 'Figures for 2027.');
    // The insider's two e-mails (the new thread, the reply) show the mail went out; the outsider has none, queued or sent.
    await smtp.waitFor((received) => received.filter(to(insider)).length === 2);
    await forum.settled();
    expect(smtp.received.filter(to(outsider))).toEqual([]);
    expect((await forum.outgoing()).filter((mail) => mail.recipient_id === outsider.id)).toEqual([]);
  });

  it('checks again at send time: a thread narrowed while the server was down is in no e-mail of those who lost it', async () => {
    const { author } = forum.cast;
    const kept = await forum.recipient('DE', 'Kai Kept', { frequency: 'IMMEDIATE' });
    const lost = await forum.recipient('FR', 'Lou Lost', { frequency: 'IMMEDIATE' });
    const digest = await forum.recipient('FR', 'Dee Digest'); // a daily digest
    for (const member of [kept, lost, digest])
      await forum.subscribe(member.token, { level: 'TRACKING', spaceSlug: 'recommendation-7' });
    const before = smtp.received.length;
    await forum.attempted(1);
    await smtp.stop();

    const narrowed = await forum.startThread(author.token, { spaceSlug: 'recommendation-7', title: 'Soon narrowed' });
    const open = await forum.startThread(author.token, { spaceSlug: 'recommendation-7', title: 'Stays open' });
    await forum.moveNotificationsTo('2026-02-10T09:00:00Z', narrowed);
    await forum.moveNotificationsTo('2026-02-10T11:00:00Z', open);
    expect(await forum.planDigests(new Date('2026-02-11T00:10:00Z'))).toBe(1);
    // Every e-mail (2 immediate for each of Kai and Lou, Dee's digest) was tried once, while the server was down.
    const queued = await forum.attempted(1);
    expect(queued.filter((mail) => mail.state === 'PENDING')).toHaveLength(5);

    const [{ office_id: officeId }] = await forum.api.db.query<{ office_id: string }>(
      'SELECT office_id FROM member WHERE id = $1',
      [author.id],
    );
    const owner = { memberId: author.id, officeId, role: Role.MEMBER };
    await forum.transaction((tx) =>
      forum.api.app
        .get(ThreadsService)
        .setVisibilityIn(tx, owner, narrowed.threadId, { visibility: Visibility.OFFICE }),
    );
    await smtp.start();
    await smtp.waitFor(
      (received) => received.filter(to(kept)).length === 2 && received.some(to(lost)) && received.some(to(digest)),
    );
    await forum.attempted(99); // nothing left pending: the narrowed thread's e-mail to Lou was skipped
    const received = smtp.received.slice(before);
    expect(received.filter(to(kept)).filter(about('Soon narrowed'))).toHaveLength(1);
    expect(received.filter(to(lost)).map((mail) => mail.parsed.subject)).toEqual([
      '[IP Office ICT Forum] New thread by Anna Author: “Stays open”',
    ]);
    const [digestMail] = received.filter(to(digest));
    expect(digestMail.parsed.text).toContain('Stays open');
    expect(digestMail.parsed.text).not.toContain('Soon narrowed');
    expect(digestMail.parsed.subject).toContain('1 notification in 1 thread');
    const skipped = (await forum.outgoing()).filter((mail) => mail.state === 'SKIPPED');
    expect(skipped.map((mail) => mail.recipient_id)).toEqual([lost.id]);
  });
});
