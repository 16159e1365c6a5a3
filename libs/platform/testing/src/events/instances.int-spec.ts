import { FIXTURE_TABLES_SQL } from '@forum/events';
import { createTestDatabase, type TestDatabase } from '../test-database.js';
import { eventually, startFixture, type FixtureProcess } from './fixture-process.js';

const EVENTS = 200;

describe('domain events with several instances on one database', () => {
  let db: TestDatabase;
  const running: FixtureProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.query(FIXTURE_TABLES_SQL);
  });
  afterAll(async () => {
    await Promise.all(running.splice(0).map((process) => process.stop('SIGKILL')));
    await db.drop();
  });

  it('delivers each event to one consumer instance only', async () => {
    // Two instances with workers; each handling takes a few milliseconds, so that both have work to take.
    const workers = ['A', 'B'].map((instance) => startFixture(db.url, ['--instance', instance, '--delay-ms', '5']));
    running.push(...workers);
    await Promise.all(workers.map((worker) => worker.waitFor('ready')));
    // A third instance, without a worker, writes the events (as an API replica taking requests would).
    const writer = startFixture(db.url, ['--instance', 'writer', '--publish', String(EVENTS)], {
      EVENTS_WORKER: 'false',
    });
    running.push(writer);
    const committed = await writer.waitFor('committed', EVENTS);

    await eventually(
      () => db.query<{ done: number }>(`SELECT count(*)::int AS done FROM event_delivery WHERE state = 'DONE'`),
      ([row]) => row.done === EVENTS,
      60_000,
    );
    const effects = await db.query<{ event_id: string; instance: string; times: number }>(
      'SELECT event_id, instance, times FROM fixture_effect',
    );
    expect(effects.map((effect) => effect.event_id).sort()).toEqual(committed.map((line) => line.id).sort());
    expect(effects.filter((effect) => effect.times !== 1)).toEqual([]);
    // Both took a share (the split itself is up to who is free first).
    expect([...new Set(effects.map((effect) => effect.instance))].sort()).toEqual(['A', 'B']);
    const attempts = await db.query<{ attempts: number; count: number }>(
      'SELECT attempts, count(*)::int AS count FROM event_delivery GROUP BY attempts',
    );
    expect(attempts).toEqual([{ attempts: 1, count: EVENTS }]);
  });
});
