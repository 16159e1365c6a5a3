import type { EntityManager } from 'typeorm';
import type { DeliveredEvent, EventName } from './event-map.js';

export const CONSUME_EVENT = Symbol('events:consume');

export interface ConsumeEventOptions {
  /**
   * The consumer's stable name, e.g. 'search.index': its progress is stored under it, so renaming it makes it see
   * every later event as new (and lose the pending ones). One name per (event, consumer) pair.
   */
  consumer: string;
}

export interface ConsumerDeclaration {
  event: EventName;
  consumer: string;
}

/** What a consumer method looks like. */
export type EventHandler<N extends EventName = EventName> = (
  tx: EntityManager,
  event: DeliveredEvent<N>,
) => Promise<void>;

/**
 * Declares a method of a provider as a consumer of one event; EventsModule finds it at boot. The method runs inside
 * the transaction that marks the delivery done: write to PostgreSQL through `tx` and the writes and the progress
 * commit together (exactly-once effect). Anything else (e-mail, a socket) may see an event more than once: use
 * `event.id` to make it idempotent. Check per recipient, at delivery, that they may see the content.
 */
export function ConsumeEvent<N extends EventName>(event: N, options: ConsumeEventOptions) {
  return (
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<EventHandler<N>>,
  ): TypedPropertyDescriptor<EventHandler<N>> => {
    const method = descriptor.value as unknown as object;
    const declared: ConsumerDeclaration[] = Reflect.getMetadata(CONSUME_EVENT, method) ?? [];
    Reflect.defineMetadata(CONSUME_EVENT, [...declared, { event, consumer: options.consumer }], method);
    return descriptor;
  };
}
