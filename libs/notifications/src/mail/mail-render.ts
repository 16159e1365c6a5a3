import { escapeHtml, mailLink, mailPage } from '@forum/mail';
import type { EmailFrequency } from './email-frequency.js';
import { MAIL_TEXTS, type MailLanguage, type ReasonCounts } from './mail-texts.js';

/** What e-mails are made of: a subject, plain text and HTML (every value escaped in the HTML). */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface DigestThread {
  title: string;
  url: string;
  counts: ReasonCounts;
}

/** One recommendation space of a digest, with its threads. */
export interface DigestSection {
  heading: string;
  threads: DigestThread[];
}

/** Text (titles, names: the members' own words) as HTML text or attribute value. */
export { escapeHtml };

const page = mailPage;
const link = mailLink;

/** A digest: the period's notifications grouped by recommendation space, one line per thread. */
export function renderDigest(input: {
  language: MailLanguage;
  frequency: EmailFrequency;
  period: string;
  sections: DigestSection[];
  notifications: number;
  /** Threads left out of the list (beyond the most a digest shows). */
  moreThreads?: number;
  forumUrl?: string;
  unsubscribeUrl: string;
}): RenderedMail {
  const t = MAIL_TEXTS[input.language];
  const more = input.moreThreads ?? 0;
  const threads = input.sections.reduce((sum, section) => sum + section.threads.length, 0) + more;
  const subject = `[${t.site}] ${t.digestSubject(input.frequency, input.notifications, threads)}`;
  const footer = t.becauseOfSettings(input.frequency);
  const text = [
    t.digestIntro(input.frequency, input.period),
    ...input.sections.flatMap((section) => [
      '',
      section.heading,
      ...section.threads.map((thread) => `- ${thread.title} (${t.counts(thread.counts)})\n  ${thread.url}`),
    ]),
    ...(more ? ['', `${t.more(more)} ${input.forumUrl ?? ''}`.trim()] : []),
    '',
    '-- ',
    footer,
    `${t.unsubscribeAll}: ${input.unsubscribeUrl}`,
  ].join('\n');
  const html = page(
    input.language,
    `<p>${escapeHtml(t.digestIntro(input.frequency, input.period))}</p>` +
      input.sections
        .map(
          (section) =>
            `<h2 style="font-size: 1.1em">${escapeHtml(section.heading)}</h2><ul>` +
            section.threads
              .map((thread) => `<li>${link(thread.url, thread.title)} (${escapeHtml(t.counts(thread.counts))})</li>`)
              .join('') +
            '</ul>',
        )
        .join('') +
      (more ? `<p>${input.forumUrl ? link(input.forumUrl, t.more(more)) : escapeHtml(t.more(more))}</p>` : '') +
      `<hr><p style="font-size: 0.9em">${escapeHtml(footer)} ${link(input.unsubscribeUrl, t.unsubscribeAll)}</p>`,
  );
  return { subject, text, html };
}

/** One notification as it happens: who did what where, and the way to stop such e-mails. */
export function renderImmediate(input: {
  language: MailLanguage;
  reason: string;
  author: string;
  title: string;
  place: string;
  url: string;
  unsubscribeUrl: string;
  /** Set when a subscription brought it (the link ends that subscription); else the e-mail settings did. */
  frequency: EmailFrequency | null;
}): RenderedMail {
  const t = MAIL_TEXTS[input.language];
  const headline = t.immediateSubject(input.reason, input.author, input.title);
  const footer = input.frequency ? t.becauseOfSettings(input.frequency) : t.becauseOfSubscription;
  const stop = input.frequency ? t.unsubscribeAll : t.unsubscribe;
  const text = [
    headline,
    input.place,
    '',
    `${t.open}: ${input.url}`,
    '',
    '-- ',
    footer,
    `${stop}: ${input.unsubscribeUrl}`,
  ];
  const html = page(
    input.language,
    `<p>${escapeHtml(headline)}</p><p style="color: #555">${escapeHtml(input.place)}</p>` +
      `<p>${link(input.url, t.open)}</p>` +
      `<hr><p style="font-size: 0.9em">${escapeHtml(footer)} ${link(input.unsubscribeUrl, stop)}</p>`,
  );
  return { subject: `[${t.site}] ${headline}`, text: text.join('\n'), html };
}
