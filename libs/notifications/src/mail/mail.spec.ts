import { digestKey, lastPeriod, periodLabel } from './digest-period.js';
import { EmailFrequency } from './email-frequency.js';
import { escapeHtml, renderDigest, renderImmediate } from './mail-render.js';

describe('digest periods (UTC)', () => {
  it('are the day before for a daily digest, at any time of the day', () => {
    for (const now of ['2026-01-15T00:00:00Z', '2026-01-15T00:10:00Z', '2026-01-15T23:59:59.999Z'])
      expect(lastPeriod(EmailFrequency.DAILY, new Date(now))).toEqual({
        from: new Date('2026-01-14T00:00:00Z'),
        to: new Date('2026-01-15T00:00:00Z'),
      });
  });

  it('are the ISO week (Monday to Sunday) before this one for a weekly digest', () => {
    const week = { from: new Date('2026-01-05T00:00:00Z'), to: new Date('2026-01-12T00:00:00Z') };
    expect(lastPeriod(EmailFrequency.WEEKLY, new Date('2026-01-12T00:10:00Z'))).toEqual(week); // a Monday
    expect(lastPeriod(EmailFrequency.WEEKLY, new Date('2026-01-18T23:00:00Z'))).toEqual(week); // the Sunday after
    expect(periodLabel(week)).toBe('2026-01-05 – 2026-01-11');
  });

  it('have no digest for IMMEDIATE or NONE, and one key per member and period', () => {
    expect(lastPeriod(EmailFrequency.IMMEDIATE, new Date())).toBeNull();
    expect(lastPeriod(EmailFrequency.NONE, new Date())).toBeNull();
    const day = lastPeriod(EmailFrequency.DAILY, new Date('2026-01-15T03:00:00Z'))!;
    expect(periodLabel(day)).toBe('2026-01-14');
    expect(digestKey(EmailFrequency.DAILY, 'm1', day)).toBe('notifications.digest:DAILY:m1:2026-01-14');
  });
});

describe('e-mail rendering', () => {
  const thread = { title: `<img src=x onerror=alert(1)> & "quotes" 'too'`, url: 'https://f.example/threads/1?a=1&b=2' };

  it('escapes every member-written value in the HTML and keeps it as written in the text', () => {
    const mail = renderDigest({
      language: 'en',
      frequency: EmailFrequency.DAILY,
      period: '2026-01-14',
      sections: [
        {
          heading: 'Recommendation 9: <b>AI</b>',
          threads: [{ ...thread, counts: { NEW_THREAD: 1, WATCHING: 2, REPLY: 0, MENTION: 1 } }],
        },
      ],
      notifications: 4,
      unsubscribeUrl: 'https://f.example/api/unsubscribe/abc.def',
    });
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>AI');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;too&#39;');
    expect(mail.html).toContain('href="https://f.example/threads/1?a=1&amp;b=2"');
    expect(mail.text).toContain(`- ${thread.title} (new thread, 2 new posts, 1 mention)`);
    expect(mail.subject).toBe('[IP Office ICT Forum] Your daily digest: 4 notifications in 1 thread');
  });

  it('says how many threads a long digest leaves out, counted in its subject', () => {
    const mail = renderDigest({
      language: 'en',
      frequency: EmailFrequency.WEEKLY,
      period: '2026-01-05 – 2026-01-11',
      sections: [
        { heading: 'General', threads: [{ ...thread, counts: { NEW_THREAD: 0, WATCHING: 1, REPLY: 0, MENTION: 0 } }] },
      ],
      notifications: 60,
      moreThreads: 51,
      forumUrl: 'https://f.example/',
      unsubscribeUrl: 'https://f.example/api/unsubscribe/abc.def',
    });
    expect(mail.subject).toBe('[IP Office ICT Forum] Your weekly digest: 60 notifications in 52 threads');
    expect(mail.text).toContain('… and 51 more threads on the forum: https://f.example/');
  });

  it('writes Chinese for ZH, and names why the e-mail came and how to stop it', () => {
    const mail = renderImmediate({
      language: 'zh',
      reason: 'MENTION',
      author: 'Anna',
      title: '云端检索',
      place: '建议 9：人工智能',
      url: 'https://f.example/threads/1',
      unsubscribeUrl: 'https://f.example/api/unsubscribe/abc.def',
      frequency: EmailFrequency.IMMEDIATE,
    });
    expect(mail.subject).toBe('[知识产权局信息通信技术论坛] Anna 在“云端检索”中提到了您');
    expect(mail.text).toContain('每条通知');
    expect(mail.text).toContain('不再接收此类邮件: https://f.example/api/unsubscribe/abc.def');
    expect(escapeHtml('a<b')).toBe('a&lt;b');
  });
});
