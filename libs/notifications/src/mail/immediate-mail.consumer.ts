import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent, type DeliveredEvent } from '@forum/events';
import { MailQueue } from '@forum/mail';
import '../notifications.events.js';
import { EmailSettingsRepository } from './email-settings.repository.js';
import { IMMEDIATE_MAIL } from './immediate.composer.js';

/**
 * Queues an e-mail for each new notification of a member who wants one per notification, in the delivery's
 * transaction: the e-mails are queued exactly once per notification (a redelivered event made no notification, and
 * each e-mail's key is its notification). Whether it is still owed is decided when it is sent.
 */
@Injectable()
export class ImmediateMailConsumer {
  constructor(
    private readonly settings: EmailSettingsRepository,
    private readonly mail: MailQueue,
  ) {}

  @ConsumeEvent('notifications.created', { consumer: 'notifications.mail-immediate' })
  async queue(tx: EntityManager, event: DeliveredEvent<'notifications.created'>): Promise<void> {
    if (!this.mail.enabled) return;
    const notifications = event.payload.notifications;
    const immediate = new Set(
      await this.settings.immediateAmong(
        tx,
        notifications.map((n) => n.memberId),
      ),
    );
    await this.mail.enqueue(
      tx,
      notifications
        .filter((notification) => immediate.has(notification.memberId))
        .map((notification) => ({
          key: `${IMMEDIATE_MAIL}:${notification.id}`,
          kind: IMMEDIATE_MAIL,
          recipientId: notification.memberId,
          payload: { notificationId: notification.id },
        })),
    );
  }
}
