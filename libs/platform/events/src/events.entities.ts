import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { ContentVisibility } from './event-map.js';

export enum DeliveryState {
  /** Waiting for its consumer (also between retries: see `availableAt`). */
  PENDING = 'PENDING',
  /** The consumer finished; its writes committed with this state. */
  DONE = 'DONE',
  /** Failed `EVENTS_MAX_ATTEMPTS` times: kept for an admin to read and retry. */
  DEAD = 'DEAD',
}

/** The outbox: one row per published event, written in the publisher's transaction. */
@Entity('domain_event')
@Index('domain_event_occurred_at_idx', ['occurredAt'])
@Index('domain_event_name_idx', ['name', 'occurredAt'])
export class DomainEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'domain_event_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  visibility!: ContentVisibility | null;

  // clock_timestamp(), not now(): events of one transaction keep the order they were published in.
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;
}

/**
 * One row per (event, consumer): each consumer's progress on each event, taken by workers with
 * FOR NO KEY UPDATE SKIP LOCKED (docs/architecture.md, "Domain events").
 */
@Entity('event_delivery')
@Unique('event_delivery_event_consumer_key', ['eventId', 'consumer'])
@Index('event_delivery_due_idx', ['availableAt'], { where: `state = 'PENDING'` })
@Index('event_delivery_dead_idx', ['updatedAt', 'id'], { where: `state = 'DEAD'` })
export class EventDeliveryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'event_delivery_pkey' })
  id!: string;

  @Column({ type: 'uuid' })
  eventId!: string;

  // Deleting an event (retention) deletes its deliveries.
  @ManyToOne(() => DomainEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_delivery_event_fk' })
  event?: DomainEventEntity;

  @Column({ type: 'text' })
  consumer!: string;

  @Column({ type: 'enum', enum: DeliveryState, enumName: 'event_delivery_state', default: DeliveryState.PENDING })
  state!: DeliveryState;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** Not before this time (the backoff of a retry). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt!: Date;

  /** The last failure's message (never a stack or a secret: see EventWorker). */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/**
 * How many times a delivery was taken, written in its own committed statement before the consumer runs. The
 * delivery's own row cannot hold it: its attempt count rolls back with a process that dies mid-delivery, so a consumer
 * that kills its process would otherwise be taken again forever. Deleted when the delivery is done.
 */
@Entity('event_delivery_claim')
export class EventDeliveryClaimEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'event_delivery_claim_pkey' })
  deliveryId!: string;

  @OneToOne(() => EventDeliveryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'event_delivery_claim_delivery_fk' })
  delivery?: EventDeliveryEntity;

  @Column({ type: 'int' })
  claims!: number;
}

/**
 * Every (event, consumer) that some version of the forum has consumed, registered by each process at boot. A publisher
 * writes deliveries for these as well as for its own consumers, so that during a rolling deploy an instance of the
 * older version publishing an event still queues it for a consumer only the newer version has. A consumer removed
 * from the code is removed from here by the migration that retires it (its deliveries would stay pending).
 */
@Entity('event_consumer')
export class EventConsumerEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'event_consumer_pkey' })
  eventName!: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'event_consumer_pkey' })
  consumer!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  registeredAt!: Date;
}

export const eventsEntities = [DomainEventEntity, EventDeliveryEntity, EventDeliveryClaimEntity, EventConsumerEntity];
