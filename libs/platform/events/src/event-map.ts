/**
 * The map of every domain event: its name and the shape of its payload. Each domain adds its own by module
 * augmentation, next to the code that publishes them:
 *
 *   declare module '@forum/events' {
 *     interface ForumEvents { 'discussions.post-created': PostCreated }
 *   }
 *
 * Names are `<domain>.<what-happened>`, in the past tense. Payloads are plain JSON (ids, not entities): they are
 * stored in PostgreSQL and read back by consumers possibly much later, after the entity changed.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- each domain augments it (a type alias could not be)
export interface ForumEvents {}

export type EventName = keyof ForumEvents & string;
export type EventPayload<N extends EventName> = ForumEvents[N];

/**
 * Who may see the content an event is about, as the thread it belongs to said when the event was published. The
 * values are identity's `Visibility` (platform cannot import identity). Consumers re-check visibility per recipient
 * when they deliver, since a thread can be moved or narrowed between publishing and delivery.
 */
export interface ContentVisibility {
  visibility: 'PUBLIC' | 'COMMUNITY' | 'OFFICES' | 'OFFICE';
  /** The office of the thread's author. */
  officeId: string;
  /** The other offices an OFFICES thread is shared with (empty otherwise). */
  sharedWithOfficeIds: string[];
}

export interface PublishOptions {
  /** The member whose action this is; absent for the system. */
  actorId?: string | null;
  /** Required for events about content: the visibility of the thread it belongs to. */
  visibility?: ContentVisibility | null;
}

/** An event as a consumer receives it. */
export interface DeliveredEvent<N extends EventName = EventName> {
  /** The event's id: the same for every consumer and every attempt, so the key for idempotency. */
  id: string;
  name: N;
  payload: EventPayload<N>;
  actorId: string | null;
  visibility: ContentVisibility | null;
  occurredAt: Date;
  /** 1 on the first delivery to this consumer, 2 on the first retry ... */
  attempt: number;
}

/** An event as the outbox holds it (tests read these through `app.events.published()`). */
export type PublishedEvent<N extends EventName = EventName> = Omit<DeliveredEvent<N>, 'attempt'>;
