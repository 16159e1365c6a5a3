import { MailQueue } from '@forum/mail';
import { startTestSmtp, type TestSmtp } from '@forum/testing';
import { startNotificationsForum, type NotificationsForum } from '../testing/notifications.fixture.js';
import { MAIL_ENV } from './testing/mail.fixture.js';

// An e-mail whose retries are all used up is FAILED (logged, kept), never lost: the operator's retry-failed-mail
// (MailQueue.retryFailed) puts it back in line once the SMTP server works, and it is then sent once.
describe('e-mails given up after their retries', () => {
  let smtp: TestSmtp;
  let forum: NotificationsForum;
  beforeAll(async () => {
    smtp = await startTestSmtp({ running: false });
    forum = await startNotificationsForum({ ...MAIL_ENV(smtp), MAIL_RETRY_LIMIT: '0' });
  });
  afterAll(async () => {
    await forum?.close();
    await smtp?.stop();
  });

  it('are FAILED when the server stays down, and sent once when an operator retries them', async () => {
    const { author, colleague } = forum.cast;
    await forum.gql(colleague.token, 'mutation { setEmailSettings(input: { frequency: IMMEDIATE }) { frequency } }');
    await forum.subscribe(colleague.token, { level: 'TRACKING', spaceSlug: 'recommendation-5' });
    await forum.startThread(author.token, { spaceSlug: 'recommendation-5', title: 'Given up, then sent' });
    const failed = async () =>
      (await forum.api.db.query<{ state: string }>(`SELECT state FROM outgoing_mail`)).map((row) => row.state);
    const deadline = Date.now() + 20_000;
    while ((await failed()).join() !== 'FAILED') {
      if (Date.now() > deadline) throw new Error(`not FAILED: ${(await failed()).join()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await smtp.start();
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // nothing is retried by itself
    expect(smtp.received).toEqual([]);

    expect(await forum.api.app.get(MailQueue).retryFailed()).toBe(1);
    const [mail] = await smtp.waitFor((received) => received.length > 0);
    expect(mail.parsed.subject).toBe('[IP Office ICT Forum] New thread by Anna Author: “Given up, then sent”');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(smtp.received).toHaveLength(1);
    expect(await failed()).toEqual(['SENT']);
    expect(await forum.api.app.get(MailQueue).retryFailed()).toBe(0);
  });
});
