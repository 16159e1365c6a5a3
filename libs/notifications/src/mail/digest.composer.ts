import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ComposedMail, OutgoingMail } from '@forum/mail';
import { periodLabel } from './digest-period.js';
import { DigestsRepository, type MailedNotificationRow } from './digests.repository.js';
import type { EmailFrequency } from './email-frequency.js';
import { MailPlaces } from './mail-places.js';
import { MailRecipients } from './mail-recipients.js';
import { renderDigest, type DigestSection } from './mail-render.js';
import type { ReasonCounts } from './mail-texts.js';
import { UnsubscribeLinks } from './unsubscribe-links.js';

export const DIGEST_MAIL = 'notifications.digest';
/** A digest lists this many threads at most (those notified first); it says how many more there are. */
export const MAX_THREADS = 50;

/** What a queued digest names: whose, which frequency, which period (ISO instants). */
export interface DigestPayload {
  frequency: EmailFrequency;
  from: string;
  to: string;
}

/**
 * Writes a member's digest when it is sent: that period's notifications about the threads the member may see now,
 * grouped by recommendation space, in the member's language. Nothing (SKIPPED) when the member was deactivated,
 * chose another frequency since, or may see none of them any more.
 */
@Injectable()
export class DigestComposer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly digests: DigestsRepository,
    private readonly recipients: MailRecipients,
    private readonly places: MailPlaces,
    private readonly links: UnsubscribeLinks,
  ) {}

  async compose(mail: OutgoingMail): Promise<ComposedMail | null> {
    const { frequency, from, to } = mail.payload as unknown as DigestPayload;
    const recipient = await this.recipients.of(mail.recipientId);
    if (!recipient || recipient.frequency !== frequency) return null;
    const period = { from: new Date(from), to: new Date(to) };
    const rows = await this.digests.ofPeriod(this.dataSource.manager, recipient.memberId, period);
    const threads = new Map(
      (
        await this.recipients.visibleThreads(
          recipient,
          rows.map((row) => row.thread_id),
        )
      ).map((t) => [t.threadId, t]),
    );
    const told = rows.filter((row) => threads.has(row.thread_id));
    if (told.length === 0) return null;
    const places = await this.places.of(
      [...threads.values()].map((thread) => thread.spaceId),
      recipient.language,
    );
    const sections = new Map<string, DigestSection & { order: number }>();
    const grouped = [...byThread(told)];
    for (const [threadId, notifications] of grouped.slice(0, MAX_THREADS)) {
      const thread = threads.get(threadId);
      if (!thread) continue; // (told holds visible threads only)
      const place = places.get(thread.spaceId) ?? { heading: '', order: 2_000 };
      const section = sections.get(thread.spaceId) ?? { heading: place.heading, order: place.order, threads: [] };
      section.threads.push({
        title: thread.title,
        url: this.links.forumUrl(`/threads/${threadId}`),
        counts: countsOf(notifications),
      });
      sections.set(thread.spaceId, section);
    }
    const unsubscribeUrl = this.links.url({ kind: 'email', memberId: recipient.memberId, frequency });
    const rendered = renderDigest({
      language: recipient.language,
      frequency,
      period: periodLabel(period),
      sections: [...sections.values()].sort((a, b) => a.order - b.order),
      notifications: told.length,
      moreThreads: Math.max(0, grouped.length - MAX_THREADS),
      forumUrl: this.links.forumUrl('/'),
      unsubscribeUrl,
    });
    return { to: recipient.email, ...rendered, language: recipient.language, unsubscribeUrl };
  }
}

/** Notifications by thread, threads in the order of their first notification. */
function byThread(rows: MailedNotificationRow[]): Map<string, MailedNotificationRow[]> {
  const threads = new Map<string, MailedNotificationRow[]>();
  for (const row of rows) threads.set(row.thread_id, [...(threads.get(row.thread_id) ?? []), row]);
  return threads;
}

function countsOf(rows: MailedNotificationRow[]): ReasonCounts {
  const counts: ReasonCounts = { NEW_THREAD: 0, WATCHING: 0, REPLY: 0, MENTION: 0 };
  for (const row of rows) if (row.reason in counts) counts[row.reason as keyof ReasonCounts] += 1;
  return counts;
}
