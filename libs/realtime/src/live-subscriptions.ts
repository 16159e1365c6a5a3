import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { GraphQLContextRegistry, type ForumContext, type LiveConnection } from '@forum/graphql';
import { LOGGER } from '@forum/observability';
import { LiveStream } from './live-stream.js';
import type { InstanceMessage } from './realtime.events.js';

/** graphql-ws's close code for "Forbidden": the member lost access (deactivated, signed out). */
export const CLOSE_FORBIDDEN = 4403;

type ContentMessage = Extract<InstanceMessage, { kind: 'post-created' | 'notifications-created' }>;

interface Subscriber {
  memberId: string | null;
  sessionId: string | undefined;
  connection: LiveConnection | undefined;
}

/** The topic of a thread's new posts, and of a member's new notifications (one listener per subscription). */
export const threadTopic = (threadId: string) => `thread:${threadId}`;
export const memberTopic = (memberId: string) => `member:${memberId}`;

/**
 * This instance's GraphQL subscriptions. Every instance hears every event (RealtimeServer passes on the messages of
 * the instance that took the delivery); each subscription answers an event as a request of its own: its context is
 * built again (the viewer as it is now: a session revoked or a member deactivated ends it, a member moved sees what
 * its new office sees), then the subscription's own check runs (visibility of the thread for this member).
 * A member deactivated or a session revoked also closes the connection at once (4403).
 */
@Injectable()
export class LiveSubscriptions implements OnModuleInit {
  private readonly topics = new EventEmitter().setMaxListeners(0);
  private readonly subscribers = new Map<{ end(): void }, Subscriber>();

  constructor(
    private readonly contexts: GraphQLContextRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** A connection that gives a token must give a valid one (none: anonymous, public threads only). */
  onModuleInit(): void {
    this.contexts.registerConnectionCheck((context) => !context.authenticationError);
  }

  /** How many subscriptions this instance serves (tests, metrics). */
  get size(): number {
    return this.subscribers.size;
  }

  /** A message from any instance, this one included. */
  deliver(message: InstanceMessage): void {
    switch (message.kind) {
      case 'post-created':
        this.topics.emit(threadTopic(message.threadId), message);
        return;
      case 'notifications-created':
        for (const notification of message.notifications)
          this.topics.emit(memberTopic(notification.memberId), { ...message, notifications: [notification] });
        return;
      case 'member-deactivated':
        this.close((subscriber) => subscriber.memberId === message.memberId);
        return;
      case 'session-revoked':
        this.close((subscriber) =>
          message.sessionId ? subscriber.sessionId === message.sessionId : subscriber.memberId === message.memberId,
        );
        return;
      case 'member-moved':
        // Nothing to do: every event reads the viewer again (the session check was invalidated by the move).
        return;
    }
  }

  /**
   * The stream of one subscription to `topic`: each message is answered by `answer` in the subscriber's context,
   * rebuilt for it; null (not visible, not its own) sends nothing.
   */
  stream<M extends ContentMessage, T>(
    context: ForumContext,
    topic: string,
    answer: (message: M, context: ForumContext) => Promise<T | null>,
  ): LiveStream<T> {
    const subscribedAs = context.viewer?.memberId ?? null;
    const listener = (message: M) =>
      stream.offer(async () => {
        await this.contexts.rebuild(context);
        if (context.authenticationError || (context.viewer?.memberId ?? null) !== subscribedAs) {
          // Signed out, deactivated or refused since it subscribed: this subscription is over.
          stream.end();
          return null;
        }
        return answer(message, context);
      });
    let stopWatching: () => void = () => undefined;
    const stream: LiveStream<T> = new LiveStream<T>(
      () => {
        this.topics.off(topic, listener);
        this.subscribers.delete(stream);
        stopWatching(); // a long-lived connection keeps no listener of a subscription that ended
      },
      (error) => this.logger.warn({ err: error, topic }, 'GraphQL subscription: an event could not be answered'),
    );
    this.topics.on(topic, listener);
    this.subscribers.set(stream, {
      memberId: subscribedAs,
      sessionId: context.sessionId,
      connection: context.connection,
    });
    stopWatching = context.connection?.onClose(() => stream.end()) ?? stopWatching;
    return stream;
  }

  private close(which: (subscriber: Subscriber) => boolean): void {
    for (const [stream, subscriber] of [...this.subscribers]) {
      if (!which(subscriber)) continue;
      stream.end();
      subscriber.connection?.close(CLOSE_FORBIDDEN, 'Forbidden');
    }
  }
}
