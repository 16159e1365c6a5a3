import pg from 'pg';
import { FIXTURE_TABLES_SQL } from '@forum/events';
import { createTestDatabase, type TestDatabase } from '../test-database.js';
import { eventually, startFixture, type FixtureProcess } from './fixture-process.js';

// Real processes (the fixture main, built by npm run build) on one database, killed with SIGKILL: no shutdown hook
// runs, whatever was in flight is lost, and only what PostgreSQL committed survives.
describe('domain events survive a process killed with SIGKILL', () => {
  let db: TestDatabase;
  const running: FixtureProcess[] = [];
  const start = (...args: Parameters<typeof startFixture>) => {
    const process = startFixture(...args);
    running.push(process);
    return process;
  };

  beforeEach(async () => {
    db = await createTestDatabase();
    await db.query(FIXTURE_TABLES_SQL);
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((process) => process.stop('SIGKILL')));
    await db.drop();
  });

  const effects = () =>
    db.query<{ event_id: string; key: string; instance: string; times: number }>('SELECT * FROM fixture_effect');
  const delivery = (eventId: string) =>
    db.query<{ state: string; attempts: number }>('SELECT state, attempts FROM event_delivery WHERE event_id = $1', [
      eventId,
    ]);

  it('delivers, after a restart, an event committed right before the kill, exactly once', async () => {
    // This instance commits and dies before any worker may take the event (its own worker is off).
    const writer = start(db.url, ['--instance', 'killed', '--publish', '1'], { EVENTS_WORKER: 'false' });
    const id = String((await writer.waitFor('committed'))[0].id);
    expect(await writer.stop('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    expect(await delivery(id)).toEqual([{ state: 'PENDING', attempts: 0 }]);
    expect(await effects()).toEqual([]);

    const restarted = start(db.url, ['--instance', 'restarted']);
    await eventually(
      () => delivery(id),
      (rows) => rows[0]?.state === 'DONE',
    );
    // A few more polls: nothing runs it again.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await effects()).toEqual([{ event_id: id, key: 'killed-0', instance: 'restarted', times: 1 }]);
    expect(await delivery(id)).toEqual([{ state: 'DONE', attempts: 1 }]);
    expect(restarted.lines().filter((line) => line.fixture === 'handling')).toEqual([]);
  });

  it("rolls back the consumer's effect of a process killed mid-delivery and delivers it once after the restart", async () => {
    // This instance commits the event, its worker takes it at once, writes the effect and hangs before committing.
    const first = start(db.url, ['--instance', 'killed', '--publish', '1', '--hang']);
    const id = String((await first.waitFor('committed'))[0].id);
    await first.waitFor('handling');
    expect(await effects()).toEqual([]); // written, not committed
    await first.stop('SIGKILL');

    start(db.url, ['--instance', 'restarted']);
    await eventually(
      () => delivery(id),
      (rows) => rows[0]?.state === 'DONE',
    );
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await effects()).toEqual([{ event_id: id, key: 'killed-0', instance: 'restarted', times: 1 }]);
    // The killed attempt never counted: the delivery and the attempt count rolled back with it.
    expect(await delivery(id)).toEqual([{ state: 'DONE', attempts: 1 }]);
  });

  it('buries a delivery whose consumer ends its process every time, and goes on with the next events', async () => {
    const env = { EVENTS_MAX_ATTEMPTS: '3' };
    const claims = async (eventId: string) =>
      (
        await db.query<{ claims: number }>(
          `SELECT c.claims FROM event_delivery_claim c JOIN event_delivery d ON d.id = c.delivery_id
            WHERE d.event_id = $1`,
          [eventId],
        )
      )[0]?.claims ?? 0;
    // Each process takes the event, writes its effect and dies by its own SIGKILL before committing.
    const first = start(db.url, ['--instance', 'crashing-1', '--publish', '1', '--crash'], env);
    const id = String((await first.waitFor('committed'))[0].id);
    await eventually(
      () => claims(id),
      (taken) => taken === 1,
    );
    await first.stop('SIGKILL');
    for (const take of [2, 3]) {
      const again = start(db.url, ['--instance', `crashing-${take}`, '--crash'], env);
      await eventually(
        () => claims(id),
        (taken) => taken === take,
      );
      await again.stop('SIGKILL');
    }
    expect(await delivery(id)).toEqual([{ state: 'PENDING', attempts: 0 }]); // each take rolled back

    // The fourth take finds three already spent: the delivery is buried instead of killing this process too.
    const healthy = start(db.url, ['--instance', 'healthy', '--publish', '1'], env);
    const next = String((await healthy.waitFor('committed'))[0].id);
    await eventually(
      () => db.query<{ state: string }>('SELECT state FROM event_delivery WHERE event_id IN ($1, $2)', [id, next]),
      (rows) => rows.length === 2 && rows.every((row) => row.state !== 'PENDING'),
    );
    const [buried] = await db.query<{ state: string; attempts: number; last_error: string }>(
      'SELECT state, attempts, last_error FROM event_delivery WHERE event_id = $1',
      [id],
    );
    expect(buried).toEqual({
      state: 'DEAD',
      attempts: 3,
      last_error: 'the process ended while delivering it (3 times)',
    });
    expect(await effects()).toEqual([{ event_id: next, key: 'healthy-0', instance: 'healthy', times: 1 }]);
    expect(healthy.child.exitCode).toBeNull();
  });

  it('buries only the delivery that ends its process, never the others taken in its batch, and delivers those once', async () => {
    const env = { EVENTS_MAX_ATTEMPTS: '3' };
    // Five events committed while no worker runs: the next worker takes them in one batch.
    const writer = start(db.url, ['--instance', 'w', '--publish', '5'], { EVENTS_WORKER: 'false' });
    const ids = (await writer.waitFor('committed', 5)).map((line) => String(line.id));
    await writer.stop('SIGKILL');
    const states = () =>
      db.query<{ event_id: string; state: string; attempts: number; claims: number | null; last_error: string | null }>(
        `SELECT d.event_id, d.state, d.attempts, c.claims, d.last_error
           FROM event_delivery d LEFT JOIN event_delivery_claim c ON c.delivery_id = d.id
          WHERE d.event_id = ANY($1::uuid[])`,
        [ids],
      );
    const byEvent = async () => new Map((await states()).map((row) => [row.event_id, row]));

    // Each worker process ends itself when it handles w-2 (the third event), before committing anything.
    const crashes: number[] = [];
    for (let run = 0; run < 8; run++) {
      const worker = start(db.url, ['--instance', `run-${run}`, '--crash-key', 'w-2'], env);
      let exited = false;
      worker.child.once('exit', () => (exited = true));
      const deadline = Date.now() + 30_000;
      while (!exited && Date.now() < deadline) {
        if ((await states()).every((row) => row.state !== 'PENDING')) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (!exited) break;
      crashes.push(run);
      if (run === 0) {
        // The first take held all five: each counted once, none settled, nothing written.
        const first = await byEvent();
        expect(ids.map((id) => [first.get(id)?.state, first.get(id)?.claims])).toEqual(ids.map(() => ['PENDING', 1]));
        expect(await effects()).toEqual([]);
      }
    }
    // After the batch: w-0 and w-1 alone and done, w-2 alone three times in all (crash), then buried; w-3, w-4 done.
    expect(crashes).toEqual([0, 1, 2]);
    const final = await byEvent();
    expect(ids.map((id) => final.get(id)?.state)).toEqual(['DONE', 'DONE', 'DEAD', 'DONE', 'DONE']);
    expect(final.get(ids[2])).toMatchObject({
      attempts: 3,
      last_error: 'the process ended while delivering it (3 times)',
    });
    expect((await effects()).map((row) => [row.key, row.times]).sort()).toEqual([
      ['w-0', 1],
      ['w-1', 1],
      ['w-3', 1],
      ['w-4', 1],
    ]);
  });

  it('gives up on a consumer still running after EVENTS_HANDLER_TIMEOUT_MS, undoing its writes, and takes it again', async () => {
    // The test holds fixture_lock's row, so the consumer's first handling waits on it for ever.
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT * FROM fixture_lock FOR UPDATE');
      const worker = start(db.url, ['--instance', 'stuck', '--publish', '1', '--stuck-once'], {
        EVENTS_HANDLER_TIMEOUT_MS: '500',
      });
      const id = String((await worker.waitFor('committed'))[0].id);
      await worker.waitFor('handling');
      const [done] = await eventually(
        () =>
          db.query<{ state: string; attempts: number; last_error: string }>(
            'SELECT state, attempts, last_error FROM event_delivery WHERE event_id = $1',
            [id],
          ),
        (rows) => rows[0]?.state === 'DONE',
      );
      expect(done).toEqual({
        state: 'DONE',
        attempts: 2,
        last_error: 'HandlerTimedOut: the consumer was still running after 500 ms',
      });
      // The stuck handling's effect went with its connection; the second one's committed once.
      expect(await effects()).toEqual([{ event_id: id, key: 'stuck-0', instance: 'stuck', times: 1 }]);
      expect(worker.child.exitCode).toBeNull();
    } finally {
      await holder.end();
    }
  });
});
