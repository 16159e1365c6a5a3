import { Module } from '@nestjs/common';
import { CatalogModule } from '@forum/catalog';
import { IdentityModule } from '@forum/identity';
import { DiscussionsContext } from './discussions.context.js';
import { DeliveryFactsRepository } from './delivery-facts.repository.js';
import { DeliveryFactsService } from './delivery-facts.service.js';
import { DiscussionsLoaders } from './discussions.loaders.js';
import { FlagsRepository } from './flags.repository.js';
import { MentionsRepository } from './mentions.repository.js';
import { MentionsService } from './mentions.service.js';
import { ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';
import { PostMentionEntity, PostFlagEntity, PostReactionEntity, PostRevisionEntity } from './post-extras.entity.js';
import { PostAttachments } from './post-attachments.js';
import { PostEntity } from './post.entity.js';
import { PostsRepository } from './posts.repository.js';
import { PostsResolver } from './posts.resolver.js';
import { PostsService } from './posts.service.js';
import { ReactionsRepository } from './reactions.repository.js';
import { ReactionsService } from './reactions.service.js';
import { SpaceThreadsResolver, ThreadsResolver } from './threads.resolver.js';
import { ThreadEntity } from './thread.entity.js';
import { ThreadsRepository } from './threads.repository.js';
import { ThreadsService } from './threads.service.js';

export const discussionsEntities = [
  ThreadEntity,
  PostEntity,
  PostRevisionEntity,
  PostReactionEntity,
  PostFlagEntity,
  PostMentionEntity,
];

@Module({
  imports: [CatalogModule, IdentityModule],
  providers: [
    ThreadsRepository,
    PostsRepository,
    ReactionsRepository,
    FlagsRepository,
    MentionsRepository,
    DeliveryFactsRepository,
    DeliveryFactsService,
    ThreadsService,
    PostsService,
    ReactionsService,
    ModerationService,
    MentionsService,
    DiscussionsLoaders,
    DiscussionsContext,
    PostAttachments,
    ThreadsResolver,
    SpaceThreadsResolver,
    PostsResolver,
    ModerationResolver,
  ],
  exports: [ThreadsService, PostsService, DeliveryFactsService, PostAttachments],
})
export class DiscussionsModule {}
