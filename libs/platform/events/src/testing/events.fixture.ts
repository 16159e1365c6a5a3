import { Inject, Injectable, Module, type DynamicModule } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent } from '../consume-event.decorator.js';
import type { DeliveredEvent } from '../event-map.js';

// Test-only events (the outbox's own tests); no domain publishes them.
declare module '../event-map.js' {
  interface ForumEvents {
    /** Recorded once per event in fixture_effect by the 'fixture.effects' consumer. */
    'fixture.recorded': { key: string };
    /** Three consumers: one that fails its first `failures` attempts, one that always fails, one that never does. */
    'fixture.tested': { failures: number };
  }
}

/** The fixture consumer's table; tests create it (it is no part of the forum's schema). */
export const FIXTURE_TABLES_SQL = `
  CREATE TABLE IF NOT EXISTS fixture_effect (
    event_id uuid PRIMARY KEY,
    key text NOT NULL,
    instance text NOT NULL,
    times int NOT NULL DEFAULT 1
  );
  CREATE TABLE IF NOT EXISTS fixture_lock (id int PRIMARY KEY);
  INSERT INTO fixture_lock VALUES (1) ON CONFLICT DO NOTHING`;

export interface EventsFixtureOptions {
  /** Recorded with each effect: which process handled the event. */
  instance: string;
  /** Write the effect, then never finish (so that a test can kill the process mid-handling). */
  hang?: boolean;
  /** Write the effect, then wait for a row lock that is never released, the first time only (a stuck consumer). */
  stuckOnce?: boolean;
  /** Write the effect, then end the process with SIGKILL (a consumer that crashes its process every time). */
  crash?: boolean;
  /** As `crash`, for the event recorded with this key only (a batch in which one consumer crashes its process). */
  crashKey?: string;
  /** Time each handling takes, so that two instances share the work. */
  delayMs?: number;
}

const FIXTURE_OPTIONS = Symbol('EVENTS_FIXTURE_OPTIONS');

export interface HandlingRecord {
  consumer: string;
  eventId: string;
  attempt: number;
  at: number;
}

@Injectable()
export class FixtureConsumers {
  /** Every handling of 'fixture.tested' in this process, failed or not (failures roll back, so not in the DB). */
  readonly handled: HandlingRecord[] = [];
  private stuck = false;

  constructor(@Inject(FIXTURE_OPTIONS) private readonly options: EventsFixtureOptions) {}

  /** Idempotent by event id; `times` shows whether it ever ran twice to completion. */
  @ConsumeEvent('fixture.recorded', { consumer: 'fixture.effects' })
  async record(tx: EntityManager, event: DeliveredEvent<'fixture.recorded'>): Promise<void> {
    await tx.query(
      `INSERT INTO fixture_effect (event_id, key, instance) VALUES ($1, $2, $3)
       ON CONFLICT (event_id) DO UPDATE SET times = fixture_effect.times + 1`,
      [event.id, event.payload.key, this.options.instance],
    );
    if (this.options.stuckOnce && !this.stuck) {
      this.stuck = true;
      console.log(JSON.stringify({ fixture: 'handling', id: event.id }));
      // fixture_lock's row is held by the test: this statement waits until the worker gives up on it.
      await tx.query('SELECT * FROM fixture_lock FOR UPDATE');
    }
    if (this.options.crash || this.options.crashKey === event.payload.key) {
      console.log(JSON.stringify({ fixture: 'handling', id: event.id }));
      process.kill(process.pid, 'SIGKILL');
    }
    if (this.options.hang) {
      console.log(JSON.stringify({ fixture: 'handling', id: event.id }));
      await new Promise(() => undefined);
    }
    if (this.options.delayMs) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
  }

  @ConsumeEvent('fixture.tested', { consumer: 'fixture.flaky' })
  async flaky(_tx: EntityManager, event: DeliveredEvent<'fixture.tested'>): Promise<void> {
    this.note('fixture.flaky', event);
    if (event.attempt <= event.payload.failures) throw new Error(`flaky failure ${event.attempt}`);
  }

  @ConsumeEvent('fixture.tested', { consumer: 'fixture.poison' })
  async poison(tx: EntityManager, event: DeliveredEvent<'fixture.tested'>): Promise<void> {
    this.note('fixture.poison', event);
    // A failing statement aborts the transaction: the worker must still record the failure.
    await tx.query('SELECT 1 / 0');
  }

  @ConsumeEvent('fixture.tested', { consumer: 'fixture.healthy' })
  async healthy(_tx: EntityManager, event: DeliveredEvent<'fixture.tested'>): Promise<void> {
    this.note('fixture.healthy', event);
  }

  private note(consumer: string, event: DeliveredEvent): void {
    this.handled.push({ consumer, eventId: event.id, attempt: event.attempt, at: Date.now() });
  }
}

/** Consumers of the fixture events, for the outbox's tests (in-process, and in fixture-main's processes). */
@Module({})
export class EventsFixtureModule {
  static forRoot(options: EventsFixtureOptions): DynamicModule {
    return {
      module: EventsFixtureModule,
      providers: [{ provide: FIXTURE_OPTIONS, useValue: options }, FixtureConsumers],
      exports: [FixtureConsumers],
    };
  }
}
