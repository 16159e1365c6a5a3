import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server, type Socket } from 'socket.io';
import { CatalogService } from '@forum/catalog';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { badInput, ForumError, isUuid, notFound } from '@forum/core';
import { ThreadsService } from '@forum/discussions';
import type { ContentVisibility } from '@forum/events';
import { AuthenticationService } from '@forum/identity';
import { LOGGER } from '@forum/observability';
import { AdapterPool, listening } from './adapter-pool.js';
import { LiveSubscriptions } from './live-subscriptions.js';
import type {
  ClientToServerEvents,
  InstanceMessage,
  InterServerEvents,
  RoomAnswer,
  RoomTarget,
  ServerToClientEvents,
  SocketData,
} from './realtime.events.js';
import { audienceOf, audienceRoom, joinedTargets, memberRoom, sessionRoom, spaceRoom, threadRoom } from './rooms.js';

export type ForumServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type ForumSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type EventArgs<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>;

/** setTimeout's longest delay (about 24.8 days); a token living longer is cut there, and the client comes back. */
const MAX_TIMER_MS = 2 ** 31 - 1;

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
    private readonly live: LiveSubscriptions,
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
    // What another instance took a delivery for (GraphQL subscriptions, office moves) reaches this one here.
    io.on('live', (message) => this.hear(message));
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

  /** Tells every instance, this one included (the adapter's server-side emit reaches the others). */
  broadcast(message: InstanceMessage): void {
    this.hear(message);
    this.io?.serverSideEmit('live', message);
  }

  private hear(message: InstanceMessage): void {
    this.live.deliver(message);
    if (message.kind === 'member-moved')
      void this.follow(message.memberId, message.officeId).catch((error: unknown) =>
        this.logger.error({ err: error }, 'real time: rooms could not follow an office move'),
      );
  }

  /**
   * A member moved to another office keeps its sockets on this instance, but each now stands for the new office:
   * its office rooms within the thread and space rooms it joined are swapped, and a thread the new office may not see
   * is left altogether (what the old office could see, the member no longer may).
   */
  private async follow(memberId: string, officeId: string): Promise<void> {
    const ids = this.io?.of('/').adapter.rooms.get(memberRoom(memberId)) ?? new Set<string>();
    for (const id of [...ids]) {
      const socket = this.io?.of('/').sockets.get(id);
      const viewer = socket?.data.viewer;
      if (!socket || !viewer || viewer.officeId === officeId) continue;
      const moved = { ...viewer, officeId };
      socket.data.viewer = moved;
      for (const { room, threadId } of joinedTargets(socket.rooms)) {
        await socket.leave(audienceRoom(room, viewer.officeId));
        const visible = threadId
          ? await this.threads.thread(moved, threadId).then(
              () => true,
              () => false,
            )
          : true;
        if (visible) await socket.join(audienceRoom(room, officeId));
        else await socket.leave(room);
      }
    }
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
      // Loaded only with REDIS_URL: the Redis client and its adapter are about 9 MiB of heap an instance without
      // Redis would carry for nothing.
      const [{ createClient }, { createAdapter: createRedisAdapter }] = await Promise.all([
        import('redis'),
        import('@socket.io/redis-adapter'),
      ]);
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
    const { viewer, sessionId, expiresAt } = await this.authentication.fromToken(token);
    socket.data.viewer = viewer;
    socket.data.sessionId = sessionId;
    socket.data.expiresAt = expiresAt;
  }

  private connected(socket: ForumSocket): void {
    const { viewer, sessionId, expiresAt } = socket.data;
    if (viewer) void socket.join(memberRoom(viewer.memberId));
    if (sessionId) void socket.join(sessionRoom(sessionId));
    if (expiresAt) this.endWith(socket, expiresAt);
    socket.on('join', (target, ack) => void this.answer(ack, () => this.join(socket, target)));
    socket.on('leave', (target, ack) => void this.answer(ack, () => this.leave(socket, target)));
  }

  /**
   * A connection speaks for its token's member no longer than the token does (what it may see is checked at the
   * handshake): at the token's end it is closed, and the client comes back with a refreshed one, checked anew.
   */
  private endWith(socket: ForumSocket, expiresAt: Date): void {
    const left = expiresAt.getTime() - Date.now();
    // An `exp` past what a Date holds (an OpenID provider's) is no end to wait for here: the cap closes it.
    const delay = Number.isFinite(left) ? Math.min(Math.max(0, left), MAX_TIMER_MS) : MAX_TIMER_MS;
    const timer = setTimeout(() => socket.disconnect(true), delay);
    timer.unref();
    socket.once('disconnect', () => clearTimeout(timer));
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
