import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@forum/catalog';
import { DiscussionsModule } from '@forum/discussions';
import { IdentityModule } from '@forum/identity';
import { FanOutConsumer } from './fan-out.consumer.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { TopicSubscriptionEntity } from './subscription.entity.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';
import { SubscriptionsService } from './subscriptions.service.js';

export const notificationsEntities = [TopicSubscriptionEntity, NotificationEntity];
export const notificationsRepositories = [SubscriptionsRepository, NotificationsRepository];

/** Subscriptions, the fan-out of discussions' events into notifications, and the inbox. */
@Module({
  imports: [TypeOrmModule.forFeature(notificationsEntities), CatalogModule, IdentityModule, DiscussionsModule],
  providers: [
    ...notificationsRepositories,
    SubscriptionsService,
    NotificationsService,
    FanOutConsumer,
    NotificationsResolver,
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
