import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { CatalogModule } from '@forum/catalog';
import { ConfigModule, FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { DatabaseModule } from '@forum/database';
import { DiscussionsModule } from '@forum/discussions';
import { DocumentsModule } from '@forum/documents';
import { EventsModule, EventWorker } from '@forum/events';
import { AnonymousAnswers, GraphQLPlatformModule } from '@forum/graphql';
import { IdentityModule } from '@forum/identity';
import { NotificationsModule } from '@forum/notifications';
import { ObservabilityModule } from '@forum/observability';
import { RealtimeModule } from '@forum/realtime';
import { ReportsModule } from '@forum/reports';
import { SearchModule } from '@forum/search';
import { StacksModule } from '@forum/stacks';
import { entities } from './entities.js';

/** The composition root: wires the platform and the domain libs; holds no logic of its own. */
@Module({})
export class AppModule {
  static forRoot(config: ForumConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot(logger),
        DatabaseModule.forRoot(entities),
        GraphQLPlatformModule.forRoot({
          report: (error) => logger.error({ err: error }, 'unexpected error in a GraphQL request'),
        }),
        EventsModule,
        IdentityModule,
        CatalogModule,
        DiscussionsModule,
        DocumentsModule,
        NotificationsModule,
        RealtimeModule,
        ReportsModule,
        StacksModule,
        SearchModule,
      ],
      providers: [
        {
          // Kept anonymous answers are emptied by every event of any instance: without this instance's event
          // worker (and its LISTEN), none are kept.
          provide: 'ANONYMOUS_ANSWERS_FOLLOW_EVENTS',
          inject: [FORUM_CONFIG, AnonymousAnswers, EventWorker],
          useFactory: (forum: ForumConfig, answers: AnonymousAnswers, worker: EventWorker) =>
            forum.events.worker ? answers.follow((listener) => worker.onNotification(listener)) : null,
        },
      ],
    };
  }
}
