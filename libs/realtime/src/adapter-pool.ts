import pg from 'pg';

/** Resolves once the adapter holds its LISTEN connection (checked out of the pool), or after 5 s. */
export async function listening(pool: pg.Pool): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (pool.totalCount - pool.idleCount < 1 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 10));
  // The LISTEN statements follow the checkout at once.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * The adapter's pool, closable at any moment: the adapter reconnects on its own (a timer) when its LISTEN connection
 * ends or cannot be made, and releases that connection only once it is made, so a plain pool.end() during start-up
 * could wait forever or leave a reconnection loop running. After close() no connection is handed out (the adapter
 * waits, holding nothing), and every connection is ended without its reconnection.
 */
export class AdapterPool extends pg.Pool {
  private closed = false;
  private readonly clients = new Set<pg.PoolClient>();
  private readonly checkedOut = new Set<pg.PoolClient>();

  constructor(config: pg.PoolConfig, onError: (error: Error) => void) {
    super(config);
    this.on('connect', (client) => {
      // pg-pool hears errors on idle connections only, and the adapter adds no listener to the LISTEN connection it
      // holds: without this one a terminated backend's 'error' event would end the process.
      client.on('error', onError);
      const pooled = client as pg.PoolClient;
      // The adapter never releases a LISTEN connection that ended (it only acquires a new one): given back here,
      // or every restart of the database would keep a slot of the pool until none is left for the next LISTEN.
      client.once('end', () => {
        this.clients.delete(pooled);
        if (this.checkedOut.has(pooled) && client.listenerCount('notification') > 0)
          pooled.release(new Error('the LISTEN connection ended'));
      });
      if (this.closed) void client.end();
      else this.clients.add(pooled);
    });
    this.on('acquire', (client) => this.checkedOut.add(client as pg.PoolClient));
    this.on('release', (_error, client) => this.checkedOut.delete(client as pg.PoolClient));
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(
    callback: (error: Error | undefined, client: pg.PoolClient | undefined, done: () => void) => void,
  ): void;
  override connect(
    callback?: (error: Error | undefined, client: pg.PoolClient | undefined, done: () => void) => void,
  ): Promise<pg.PoolClient> | void {
    if (this.closed) {
      if (callback) return callback(new Error('real time is closed'), undefined, () => undefined);
      return new Promise<pg.PoolClient>(() => undefined);
    }
    return callback ? super.connect(callback) : super.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const client of this.clients) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
    await Promise.race([this.end(), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
  }
}
