/** The most answers a subscription may have waiting for a slow client; past it the subscription ends. */
export const MAX_WAITING = 1_000;

/**
 * The async iterator behind one GraphQL subscription. Events are offered as work (checking visibility, loading the
 * post) that runs in their order, one after the other; what the work answers (null: nothing for this subscriber) is
 * handed to graphql-ws. `return()` ends it at once, even while graphql-ws waits for the next event (an async
 * generator would only end after that event came), so an unsubscribe removes its listener immediately.
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private readonly ready: T[] = [];
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private tail: Promise<void> = Promise.resolve();
  private ended = false;

  constructor(
    private readonly onEnd: () => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  get done(): boolean {
    return this.ended;
  }

  /** Runs `work` after the work offered before it; yields its answer unless null. */
  offer(work: () => Promise<T | null>): void {
    this.tail = this.tail.then(async () => {
      if (this.ended) return;
      let answer: T | null = null;
      try {
        answer = await work();
      } catch (error) {
        this.onError(error); // one event lost for this subscriber (the inbox still has it), not the subscription
      }
      if (answer !== null && !this.ended) this.push(answer);
    });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.ready.length > 0) return Promise.resolve({ value: this.ready.shift() as T, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.end();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Ends the subscription: nothing more is yielded, waiting readers are told it is done. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.ready.length = 0;
    for (const resolve of this.waiting.splice(0)) resolve({ value: undefined, done: true });
    this.onEnd();
  }

  private push(value: T): void {
    const resolve = this.waiting.shift();
    if (resolve) resolve({ value, done: false });
    else if (this.ready.length >= MAX_WAITING) this.end();
    else this.ready.push(value);
  }
}
