import { Module } from '@nestjs/common';
import { CatalogModule } from '@forum/catalog';
import { DiscussionsModule } from '@forum/discussions';
import { IdentityModule } from '@forum/identity';
import { LiveSubscriptions } from './live-subscriptions.js';
import { LiveResolver } from './live.resolver.js';
import { RealtimeRelay } from './realtime.relay.js';
import { RealtimeServer } from './realtime.server.js';

/** socket.io on the API's HTTP server and GraphQL subscriptions (graphql-ws), fed by domain events. */
@Module({
  imports: [CatalogModule, IdentityModule, DiscussionsModule],
  providers: [RealtimeServer, RealtimeRelay, LiveSubscriptions, LiveResolver],
})
export class RealtimeModule {}
