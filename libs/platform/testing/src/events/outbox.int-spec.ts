import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  DeadLetters,
  EventPublisher,
  EventWorker,
  EventsFixtureModule,
  FIXTURE_TABLES_SQL,
  FixtureConsumers,
  type HandlingRecord,
} from '@forum/events';
import { createTestApp, type TestApp } from '../test-app.js';
import { eventually } from './fixture-process.js';

// The poll is ten minutes: every delivery below is woken by LISTEN/NOTIFY or by the worker's own backoff timers.
const ENV = { EVENTS_POLL_INTERVAL_MS: '600000', EVENTS_RETRY_BASE_MS: '100', EVENTS_MAX_ATTEMPTS: '4' };

// A GraphQL schema needs a query; the outbox has none of its own.
@Resolver()
class PingResolver {
  @Query(() => Boolean, { description: 'Always true.' })
  ping(): boolean {
    return true;
  }
}
@Module({ providers: [PingResolver] })
class PingModule {}

describe('domain events through the outbox (one instance)', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let publisher: EventPublisher;
  let consumers: FixtureConsumers;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [PingModule, EventsFixtureModule.forRoot({ instance: 'in-process' })],
      entities: [],
      env: ENV,
    });
    await api.db.query(FIXTURE_TABLES_SQL);
    dataSource = api.app.get<DataSource>(getDataSourceToken());
    publisher = api.app.get(EventPublisher);
    consumers = api.app.get(FixtureConsumers);
  });
  afterAll(() => api.close());

  const effects = () => api.db.query<{ key: string; times: number }>('SELECT key, times FROM fixture_effect');
  const deliveries = (consumer: string) =>
    api.db.query<{ event_id: string; state: string; attempts: number; last_error: string | null }>(
      'SELECT event_id, state, attempts, last_error FROM event_delivery WHERE consumer = $1 ORDER BY updated_at',
      [consumer],
    );

  it('publishes nothing for a rolled-back write, and delivers a committed one once', async () => {
    await expect(
      dataSource.transaction(async (tx) => {
        await publisher.publish(tx, 'fixture.recorded', { key: 'rolled-back' });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    const committed = await dataSource.transaction((tx) =>
      publisher.publish(tx, 'fixture.recorded', { key: 'committed' }, { actorId: null }),
    );

    await eventually(effects, (rows) => rows.length > 0);
    // Delivered in order: had the rolled-back event existed, the worker would have seen it first.
    expect(await effects()).toEqual([{ key: 'committed', times: 1 }]);
    const published = await api.events.published('fixture.recorded');
    expect(published).toEqual([
      expect.objectContaining({ id: committed, name: 'fixture.recorded', payload: { key: 'committed' } }),
    ]);
    expect(await deliveries('fixture.effects')).toEqual([
      { event_id: committed, state: 'DONE', attempts: 1, last_error: null },
    ]);
  });

  it("registers its consumers at boot, and queues deliveries for consumers only another version's process has", async () => {
    const registered = await api.db.query<{ event_name: string; consumer: string }>(
      "SELECT event_name, consumer FROM event_consumer WHERE event_name LIKE 'fixture.%' ORDER BY 1, 2",
    );
    expect(registered).toEqual([
      { event_name: 'fixture.recorded', consumer: 'fixture.effects' },
      { event_name: 'fixture.tested', consumer: 'fixture.flaky' },
      { event_name: 'fixture.tested', consumer: 'fixture.healthy' },
      { event_name: 'fixture.tested', consumer: 'fixture.poison' },
    ]);
    // A newer version's instance, not this one, consumes fixture.recorded as 'fixture.newer' (a rolling deploy).
    await api.db.query(
      `INSERT INTO event_consumer (event_name, consumer) VALUES ('fixture.recorded', 'fixture.newer')`,
    );
    try {
      const id = await dataSource.transaction((tx) => publisher.publish(tx, 'fixture.recorded', { key: 'rolling' }));
      const queued = await api.db.query<{ consumer: string }>(
        'SELECT consumer FROM event_delivery WHERE event_id = $1 ORDER BY consumer',
        [id],
      );
      expect(queued).toEqual([{ consumer: 'fixture.effects' }, { consumer: 'fixture.newer' }]);
    } finally {
      await api.db.query(`DELETE FROM event_consumer WHERE consumer = 'fixture.newer'`);
      await api.db.query(`DELETE FROM event_delivery WHERE consumer = 'fixture.newer'`);
    }
  });

  it('carries the visibility and the actor it was published with', async () => {
    const visibility = { visibility: 'OFFICES' as const, officeId: crypto.randomUUID(), sharedWithOfficeIds: [] };
    const actorId = crypto.randomUUID();
    const id = await dataSource.transaction((tx) =>
      publisher.publish(tx, 'fixture.recorded', { key: 'visible' }, { actorId, visibility }),
    );
    const [event] = (await api.events.published('fixture.recorded')).filter((e) => e.id === id);
    expect(event).toMatchObject({ actorId, visibility });
  });

  it('deletes events every consumer is done with after the retention period, and keeps dead and pending ones', async () => {
    const old = async (states: string[]) => {
      const [{ id }] = await api.db.query<{ id: string }>(
        `INSERT INTO domain_event (name, payload, occurred_at) VALUES ('fixture.old', '{}', now() - interval '8 days')
         RETURNING id`,
      );
      for (const [i, state] of states.entries())
        await api.db.query(
          `INSERT INTO event_delivery (event_id, consumer, state, available_at)
           VALUES ($1, $2, $3, now() + interval '1 day')`,
          [id, `old.${i}`, state],
        );
      return id;
    };
    const done = await old(['DONE', 'DONE']);
    const noConsumer = await old([]);
    const dead = await old(['DONE', 'DEAD']);
    const pending = await old(['PENDING']);
    const recent = await dataSource.transaction((tx) => publisher.publish(tx, 'fixture.recorded', { key: 'recent' }));
    await eventually(
      () => deliveries('fixture.effects'),
      (rows) => rows.every((row) => row.state === 'DONE'),
    );

    expect(await api.app.get(EventWorker).prune()).toBe(2);
    const left = (await api.db.query<{ id: string }>('SELECT id FROM domain_event')).map((row) => row.id);
    expect(left).toEqual(expect.arrayContaining([dead, pending, recent]));
    expect(left).not.toContain(done);
    expect(left).not.toContain(noConsumer);
    expect(await api.db.query('SELECT 1 FROM event_delivery WHERE event_id = $1', [done])).toEqual([]);
    await api.db.query(`DELETE FROM domain_event WHERE name = 'fixture.old'`); // not the dead letters below
  });

  it('listens again after its LISTEN connection is cut, and is woken by the next commit', async () => {
    const listener = () =>
      api.db.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'forum-events'`,
      );
    const [{ pid }] = await eventually(listener, (rows) => rows.length === 1);
    await api.db.query('SELECT pg_terminate_backend($1)', [pid]);
    await eventually(listener, (rows) => rows.length === 1 && rows[0].pid !== pid);
    const id = await dataSource.transaction((tx) => publisher.publish(tx, 'fixture.recorded', { key: 'after-cut' }));
    // The poll is ten minutes away: only the new LISTEN can have woken the worker.
    await eventually(
      () => api.db.query<{ state: string }>('SELECT state FROM event_delivery WHERE event_id = $1', [id]),
      ([row]) => row?.state === 'DONE',
      5_000,
    );
  });

  it('refuses to publish outside a transaction', async () => {
    await expect(publisher.publish(dataSource.manager, 'fixture.recorded', { key: 'loose' })).rejects.toThrow(
      /outside a transaction/,
    );
  });

  it('retries a failing consumer with growing delays, without holding back the others, and ends in dead letters', async () => {
    const first = await dataSource.transaction((tx) => publisher.publish(tx, 'fixture.tested', { failures: 2 }));
    const second = await dataSource.transaction((tx) => publisher.publish(tx, 'fixture.tested', { failures: 0 }));
    const dead = await eventually(
      () => deliveries('fixture.poison'),
      (rows) => rows.length === 2 && rows.every((row) => row.state === 'DEAD'),
    );
    const flaky = await eventually(
      () => deliveries('fixture.flaky'),
      (rows) => rows.every((row) => row.state === 'DONE'),
    );

    const of = (consumer: string, eventId: string) =>
      consumers.handled.filter((h) => h.consumer === consumer && h.eventId === eventId);
    // The flaky consumer: failed twice, succeeded on the third attempt, the second delay twice the first.
    const tries = of('fixture.flaky', first);
    expect(tries.map((h) => h.attempt)).toEqual([1, 2, 3]);
    const [gap1, gap2] = [tries[1].at - tries[0].at, tries[2].at - tries[1].at];
    expect(gap1).toBeGreaterThanOrEqual(90);
    expect(gap2).toBeGreaterThanOrEqual(190);
    expect(flaky.find((row) => row.event_id === first)).toMatchObject({
      attempts: 3,
      last_error: 'Error: flaky failure 2',
    });
    // The poison consumer: EVENTS_MAX_ATTEMPTS attempts each, then dead, with the database's error kept.
    expect(of('fixture.poison', first).map((h) => h.attempt)).toEqual([1, 2, 3, 4]);
    expect(dead.map((row) => row.attempts)).toEqual([4, 4]);
    expect(dead[0].last_error).toMatch(/division by zero/);
    // The healthy consumer saw both events once, long before the poison consumer gave up on the first.
    const healthy = [...of('fixture.healthy', first), ...of('fixture.healthy', second)];
    expect(healthy.map((h) => h.attempt)).toEqual([1, 1]);
    const poisonLast = of('fixture.poison', first).at(-1) as HandlingRecord;
    expect(Math.max(...healthy.map((h) => h.at))).toBeLessThan(poisonLast.at);

    // Dead letters: listed newest first, paged; one put back in line gets a fresh set of attempts.
    const letters = api.app.get(DeadLetters);
    const page1 = await letters.page({ first: 1 });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.totalCount).toBe(2);
    const page2 = await letters.page({ first: 1, after: page1.pageInfo.endCursor });
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const listed = [...page1.edges, ...page2.edges].map((edge) => edge.node);
    expect(listed.map((letter) => letter.eventId).sort()).toEqual([first, second].sort());
    expect(listed[0]).toMatchObject({ consumer: 'fixture.poison', eventName: 'fixture.tested', attempts: 4 });
    expect(listed[0]).not.toHaveProperty('payload');

    const before = of('fixture.poison', second).length;
    const retried = listed.find((letter) => letter.eventId === second)!;
    await letters.retry(retried.id);
    await eventually(
      () => deliveries('fixture.poison'),
      (rows) => rows.every((row) => row.state === 'DEAD'),
    );
    expect(of('fixture.poison', second).length).toBe(before + 4);
    for (const unknown of [crypto.randomUUID(), 'not-a-uuid'])
      await expect(letters.retry(unknown)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(letters.page({ after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
