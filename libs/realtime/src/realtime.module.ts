import { Module } from '@nestjs/common';
import { CatalogModule } from '@forum/catalog';
import { DiscussionsModule } from '@forum/discussions';
import { IdentityModule } from '@forum/identity';
import { RealtimeRelay } from './realtime.relay.js';
import { RealtimeServer } from './realtime.server.js';

/** socket.io on the API's HTTP server, fed by domain events (see RealtimeServer). */
@Module({
  imports: [CatalogModule, IdentityModule, DiscussionsModule],
  providers: [RealtimeServer, RealtimeRelay],
})
export class RealtimeModule {}
