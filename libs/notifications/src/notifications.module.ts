import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@forum/catalog';
import { DiscussionsModule } from '@forum/discussions';
import { IdentityModule } from '@forum/identity';
import { MailModule } from '@forum/mail';
import { FanOutConsumer } from './fan-out.consumer.js';
import { DigestComposer } from './mail/digest.composer.js';
import { DigestPlanner } from './mail/digest-planner.js';
import { DigestsRepository } from './mail/digests.repository.js';
import { DigestPlanEntity, EmailSettingEntity } from './mail/email-setting.entity.js';
import { EmailSettingsRepository } from './mail/email-settings.repository.js';
import { EmailSettingsResolver } from './mail/email-settings.resolver.js';
import { EmailSettingsService } from './mail/email-settings.service.js';
import { ImmediateMailConsumer } from './mail/immediate-mail.consumer.js';
import { ImmediateComposer } from './mail/immediate.composer.js';
import { MailPlaces } from './mail/mail-places.js';
import { MailRecipients } from './mail/mail-recipients.js';
import { NotificationMail } from './mail/notification-mail.js';
import { UnsubscribeLinks } from './mail/unsubscribe-links.js';
import { UnsubscribeController } from './mail/unsubscribe.controller.js';
import { UnsubscribeService } from './mail/unsubscribe.service.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { TopicSubscriptionEntity } from './subscription.entity.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';
import { SubscriptionsService } from './subscriptions.service.js';

export const notificationsEntities = [
  TopicSubscriptionEntity,
  NotificationEntity,
  EmailSettingEntity,
  DigestPlanEntity,
];
export const notificationsRepositories = [
  SubscriptionsRepository,
  NotificationsRepository,
  EmailSettingsRepository,
  DigestsRepository,
];

/** Subscriptions, the fan-out of discussions' events into notifications, the inbox, and their e-mails. */
@Module({
  imports: [
    TypeOrmModule.forFeature(notificationsEntities),
    CatalogModule,
    IdentityModule,
    DiscussionsModule,
    MailModule,
  ],
  controllers: [UnsubscribeController],
  providers: [
    ...notificationsRepositories,
    SubscriptionsService,
    NotificationsService,
    FanOutConsumer,
    NotificationsResolver,
    EmailSettingsService,
    EmailSettingsResolver,
    MailRecipients,
    MailPlaces,
    UnsubscribeLinks,
    UnsubscribeService,
    DigestComposer,
    ImmediateComposer,
    DigestPlanner,
    ImmediateMailConsumer,
    NotificationMail,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
