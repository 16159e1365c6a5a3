import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import type { Server as HttpServer } from 'node:http';
import pg from 'pg';
import type { Logger } from 'pino';
import { createClient } from 'redis';
import { Server, type Socket } from 'socket.io';
import { CatalogService } from '@forum/catalog';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { badInput, ForumError, isUuid, notFound } from '@forum/core';
import { ThreadsService } from '@forum/discussions';
import type { ContentVisibility } from '@forum/events';
import { AuthenticationService } from '@forum/identity';
import { LOGGER } from '@forum/observability';
import type {
  ClientToServerEvents,
  RoomAnswer,
  RoomTarget,
  ServerToClientEvents,
  SocketData,
} from './realtime.events.js';
import { audienceOf, audienceRoom, memberRoom, sessionRoom, spaceRoom, threadRoom } from './rooms.js';

export type ForumServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type ForumSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type EventArgs<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>;

/**
 * socket.io on the API's own HTTP server (path /socket.io). The handshake is authenticated here, in socket.io
 * middleware (Nest guards do not run on connect); rooms are joined with an ack after the visibility check. Events
 * reach clients of every instance through the adapter: Redis when REDIS_URL is set, PostgreSQL otherwise.
 * Connection-state recovery stays off: a reconnecting client authenticates and joins again, and catches up with
 * `notifications(after:)`.
 */
@Injectable()
export class RealtimeServer implements OnModuleInit, OnModuleDestroy {
  private io?: ForumServer;
  private readonly closers: (() => Promise<unknown>)[] = [];

  constructor(
    private readonly http: HttpAdapterHost,
    @Inject(FORUM_CONFIG) private readonly config: ForumConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly authentication: AuthenticationService,
    private readonly threads: ThreadsService,
    private readonly catalog: CatalogService,
  ) {}

  async onModuleInit(): Promise<void> {
    const httpServer = this.http.httpAdapter?.getHttpServer() as HttpServer | undefined;
    if (!httpServer) return; // an application context without HTTP (service tests): nothing to attach to
    const io: ForumServer = new Server(httpServer, {
      path: '/socket.io',
      serveClient: false,
      cors: this.config.corsOrigins.length ? { origin: this.config.corsOrigins } : undefined,
    });
    const { adapter, ready } = await this.adapter();
    io.adapter(adapter);
    // Ready to hear other instances before this one serves (and before it can be stopped mid-connect).
    await ready();
    io.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: unknown) => next(new Error(error instanceof ForumError ? error.code : 'UNAUTHENTICATED')),
      );
    });
    io.on('connection', (socket) => this.connected(socket));
    this.io = io;
  }

  async onModuleDestroy(): Promise<void> {
    const io = this.io;
    this.io = undefined;
    if (io) {
      io.local.disconnectSockets(true);
      io.engine.close();
      for (const namespace of io._nsps.values()) void namespace.adapter.close();
    }
    await Promise.allSettled(this.closers.map((close) => close()));
  }

  /** Sends to every device of a member, on every instance. */
  toMember<E extends keyof ServerToClientEvents>(memberId: string, event: E, ...args: EventArgs<E>): void {
    this.server()
      .to(memberRoom(memberId))
      .emit(event, ...args);
  }

  /** Sends to the clients in `room` (a thread's or a space's) that may see content of this visibility now. */
  toAudience<E extends keyof ServerToClientEvents>(
    room: string,
    visibility: ContentVisibility,
    event: E,
    ...args: EventArgs<E>
  ): void {
    const { to, except } = audienceOf(room, visibility);
    if (to.length === 0) return;
    this.server()
      .to(to)
      .except(except)
      .emit(event, ...args);
  }

  /** Disconnects, on every instance, the sockets of a member or of one of its sessions. */
  disconnect(target: { memberId: string } | { sessionId: string }): void {
    const room = 'memberId' in target ? memberRoom(target.memberId) : sessionRoom(target.sessionId);
    this.server().in(room).disconnectSockets(true);
  }

  private server(): ForumServer {
    // Thrown inside a delivery: the outbox retries it once the server is attached.
    if (!this.io) throw new Error('real time is not attached to an HTTP server');
    return this.io;
  }

  private async adapter() {
    if (this.config.redisUrl) {
      const publisher = createClient({ url: this.config.redisUrl });
      const subscriber = publisher.duplicate();
      for (const client of [publisher, subscriber])
        client.on('error', (error: Error) => this.logger.warn({ err: error }, 'real time: Redis connection error'));
      await Promise.all([publisher.connect(), subscriber.connect()]);
      this.closers.push(
        () => publisher.quit(),
        () => subscriber.quit(),
      );
      return { adapter: createRedisAdapter(publisher, subscriber), ready: async () => undefined };
    }
    // The adapter's own connections (LISTEN and its attachments table); libs/realtime has no SQL of its own.
    const warn = (error: Error) => this.logger.warn({ err: error }, 'real time: PostgreSQL connection error');
    const pool = new AdapterPool({ connectionString: this.config.databaseUrl, max: 2 }, warn);
    pool.on('error', warn);
    this.closers.push(() => pool.close());
    const adapter = createPostgresAdapter(pool, {
      errorHandler: (error: Error) => this.logger.warn({ err: error }, 'real time: PostgreSQL adapter error'),
    });
    return { adapter, ready: () => listening(pool) };
  }

  /** No token: anonymous (public content only). A token: the same check as every HTTP request. */
  private async authenticate(socket: ForumSocket): Promise<void> {
    const token: unknown = (socket.handshake.auth as Record<string, unknown> | undefined)?.token;
    if (token === undefined || token === null || token === '') {
      socket.data.viewer = null;
      return;
    }
    if (typeof token !== 'string') throw new Error('UNAUTHENTICATED');
    const { viewer, sessionId } = await this.authentication.fromToken(token);
    socket.data.viewer = viewer;
    socket.data.sessionId = sessionId;
  }

  private connected(socket: ForumSocket): void {
    const { viewer, sessionId } = socket.data;
    if (viewer) void socket.join(memberRoom(viewer.memberId));
    if (sessionId) void socket.join(sessionRoom(sessionId));
    socket.on('join', (target, ack) => void this.answer(ack, () => this.join(socket, target)));
    socket.on('leave', (target, ack) => void this.answer(ack, () => this.leave(socket, target)));
  }

  private async answer(ack: unknown, work: () => Promise<void>): Promise<void> {
    let answer: RoomAnswer;
    try {
      await work();
      answer = { ok: true };
    } catch (error) {
      if (!(error instanceof ForumError)) this.logger.error({ err: error }, 'real time: a join failed');
      answer = { ok: false, error: error instanceof ForumError ? error.code : 'INTERNAL' };
    }
    if (typeof ack === 'function') (ack as (answer: RoomAnswer) => void)(answer);
  }

  /** Joins a thread's or space's room, after checking that the viewer may see it (NOT_FOUND otherwise). */
  private async join(socket: ForumSocket, target: RoomTarget): Promise<void> {
    const room = await this.roomOf(socket, target);
    await socket.join([room, audienceRoom(room, socket.data.viewer?.officeId ?? null)]);
  }

  private async leave(socket: ForumSocket, target: RoomTarget): Promise<void> {
    const room = await this.roomOf(socket, target);
    for (const name of [room, audienceRoom(room, socket.data.viewer?.officeId ?? null)]) await socket.leave(name);
  }

  private async roomOf(socket: ForumSocket, target: RoomTarget): Promise<string> {
    const { threadId, spaceSlug } = (typeof target === 'object' && target) || {};
    if (typeof threadId === 'string' && spaceSlug === undefined) {
      if (!isUuid(threadId)) throw notFound('Thread not found');
      const thread = await this.threads.thread(socket.data.viewer, threadId);
      return threadRoom(thread.id);
    }
    if (typeof spaceSlug === 'string' && threadId === undefined) {
      const space = await this.catalog.spaceBySlug(spaceSlug);
      if (!space) throw notFound('Space not found');
      return spaceRoom(space.id);
    }
    throw badInput('Join { threadId } or { spaceSlug }', { field: 'threadId' });
  }
}

/** Resolves once the adapter holds its LISTEN connection (checked out of the pool), or after 5 s. */
async function listening(pool: pg.Pool): Promise<void> {
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
class AdapterPool extends pg.Pool {
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
