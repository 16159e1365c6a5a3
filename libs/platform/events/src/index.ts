// Domain events through a transactional outbox: what domains and the composition root may use.
export type {
  ForumEvents,
  EventName,
  EventPayload,
  ContentVisibility,
  PublishOptions,
  DeliveredEvent,
  PublishedEvent,
} from './event-map.js';
export { EventsModule } from './events.module.js';
export { EventPublisher, EVENTS_CHANNEL } from './event-publisher.js';
export { ConsumeEvent, type ConsumeEventOptions, type EventHandler } from './consume-event.decorator.js';
export { EventWorker } from './event-worker.js';
export { DeadLetters, type DeadLetter } from './dead-letters.js';
export { eventsEntities, DomainEventEntity, EventDeliveryEntity, DeliveryState } from './events.entities.js';
export { readPublishedEvents } from './published-events.js';
// For tests (the outbox's own, in libs/platform/testing): fixture consumers and their table.
export {
  EventsFixtureModule,
  FixtureConsumers,
  FIXTURE_TABLES_SQL,
  type EventsFixtureOptions,
  type HandlingRecord,
} from './testing/events.fixture.js';
