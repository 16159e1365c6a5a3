import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DeliveryFactsService } from '@forum/discussions';
import { canView, MembersService } from '@forum/identity';
import type { ComposedMail, OutgoingMail } from '@forum/mail';
import { SubscriptionsRepository } from '../subscriptions.repository.js';
import { NotificationReason, WatchLevel } from '../watch-level.js';
import { DigestsRepository } from './digests.repository.js';
import { EmailFrequency } from './email-frequency.js';
import { MailPlaces } from './mail-places.js';
import { MailRecipients } from './mail-recipients.js';
import { renderImmediate } from './mail-render.js';
import { UnsubscribeLinks } from './unsubscribe-links.js';

export const IMMEDIATE_MAIL = 'notifications.immediate';

/**
 * Writes the e-mail of one notification when it is sent. Nothing (SKIPPED) when the notification or its post is
 * gone, the member was deactivated, chose digests or no e-mail since, muted the thread, or may no longer see it.
 * Its unsubscribe link ends the subscription that brought it; a reply or a mention (no subscription needed) links
 * to the e-mail setting instead.
 */
@Injectable()
export class ImmediateComposer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly digests: DigestsRepository,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly recipients: MailRecipients,
    private readonly facts: DeliveryFactsService,
    private readonly members: MembersService,
    private readonly places: MailPlaces,
    private readonly links: UnsubscribeLinks,
  ) {}

  async compose(mail: OutgoingMail): Promise<ComposedMail | null> {
    const db = this.dataSource.manager;
    const notification = await this.digests.byId(db, String(mail.payload.notificationId));
    if (!notification?.post_id) return null;
    const recipient = await this.recipients.of(notification.member_id);
    if (!recipient || recipient.frequency !== EmailFrequency.IMMEDIATE) return null;
    const post = await this.facts.ofPost(db, notification.post_id);
    if (!post || post.deleted || !canView(recipient.viewer, post.visibility)) return null;
    const deciding = await this.subscriptions.decidingFor(db, recipient.memberId, {
      ...post,
      officeId: post.visibility.officeId,
    });
    if (deciding?.level === WatchLevel.MUTED) return null;
    const followed =
      deciding &&
      (notification.reason === NotificationReason.WATCHING || notification.reason === NotificationReason.NEW_THREAD);
    const unsubscribeUrl = followed
      ? this.links.url({ kind: 'subscription', memberId: recipient.memberId, subscriptionId: deciding.id })
      : this.links.url({ kind: 'email', memberId: recipient.memberId, frequency: EmailFrequency.IMMEDIATE });
    const author = await this.members.byId(post.authorId);
    const place = (await this.places.of([post.spaceId], recipient.language)).get(post.spaceId);
    const rendered = renderImmediate({
      language: recipient.language,
      reason: notification.reason,
      author: author?.displayName ?? '?',
      title: post.threadTitle,
      place: place?.heading ?? '',
      url: this.links.forumUrl(`/threads/${post.threadId}`),
      unsubscribeUrl,
      frequency: followed ? null : EmailFrequency.IMMEDIATE,
    });
    return { to: recipient.email, ...rendered, language: recipient.language, unsubscribeUrl };
  }
}
