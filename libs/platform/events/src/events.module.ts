import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConsumerRegistry } from './consumer-registry.js';
import { DeadLetters } from './dead-letters.js';
import { EventPublisher } from './event-publisher.js';
import { EventWorker } from './event-worker.js';

/**
 * Domain events through a transactional outbox (docs/architecture.md, "Domain events"). Global: any domain injects
 * EventPublisher, and consumers anywhere are found at boot. Needs the DatabaseModule, the configuration and the logger.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [ConsumerRegistry, EventPublisher, EventWorker, DeadLetters],
  exports: [EventPublisher, EventWorker, DeadLetters],
})
export class EventsModule {}
