import { LiveStream, MAX_WAITING } from './live-stream.js';

describe('LiveStream (the iterator behind a GraphQL subscription)', () => {
  const stream = () => {
    const seen = { ended: 0, errors: [] as unknown[] };
    const live = new LiveStream<number>(
      () => seen.ended++,
      (error) => seen.errors.push(error),
    );
    return { live, seen };
  };
  const later = (value: number | null, ms: number) => () =>
    new Promise<number | null>((resolve) => setTimeout(() => resolve(value), ms));

  it('yields answers in the order the work was offered, skipping nulls and failures', async () => {
    const { live, seen } = stream();
    live.offer(later(1, 20));
    live.offer(later(null, 0));
    live.offer(() => Promise.reject(new Error('the database is away')));
    live.offer(later(2, 0));
    expect(await live.next()).toEqual({ value: 1, done: false });
    expect(await live.next()).toEqual({ value: 2, done: false });
    expect(seen.errors).toHaveLength(1);
  });

  it('ends at once on return(), even while a reader waits for the next event, and runs no more work', async () => {
    const { live, seen } = stream();
    const waiting = live.next();
    await live.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(seen.ended).toBe(1);
    let ran = false;
    live.offer(async () => {
      ran = true;
      return 3;
    });
    expect(await live.next()).toEqual({ value: undefined, done: true });
    expect(ran).toBe(false);
  });

  it('ends a subscription whose client falls too far behind', async () => {
    const { live, seen } = stream();
    for (let i = 0; i <= MAX_WAITING; i++) live.offer(() => Promise.resolve(i));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen.ended).toBe(1);
    expect(live.done).toBe(true);
  });
});
