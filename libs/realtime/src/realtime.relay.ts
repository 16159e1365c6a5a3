import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CatalogService } from '@forum/catalog';
import { DeliveryFactsService } from '@forum/discussions';
import { ConsumeEvent, type DeliveredEvent } from '@forum/events';
import type {} from '@forum/notifications';
import type { PostChange } from './realtime.events.js';
import { RealtimeServer } from './realtime.server.js';
import { spaceRoom, threadRoom } from './rooms.js';

/**
 * Turns domain events into socket events. The outbox gives each delivery to one instance; that instance emits to a
 * room through the adapter, which reaches the clients of every instance. Who may see a thread is read now, at
 * delivery (its rooms are split per office). A delivery may repeat after a crash: clients de-duplicate by id.
 */
@Injectable()
export class RealtimeRelay {
  constructor(
    private readonly server: RealtimeServer,
    private readonly facts: DeliveryFactsService,
    private readonly catalog: CatalogService,
  ) {}

  @ConsumeEvent('notifications.created', { consumer: 'realtime.notifications' })
  async notificationsCreated(_tx: EntityManager, event: DeliveredEvent<'notifications.created'>): Promise<void> {
    const { threadId, postId, notifications } = event.payload;
    for (const { id, memberId, reason } of notifications)
      this.server.toMember(memberId, 'notification', { id, threadId, postId, reason });
    if (!event.visibility) return; // published with the thread's visibility; without it, no GraphQL event
    const made = event.occurredAt.toISOString();
    this.server.broadcast({
      kind: 'notifications-created',
      threadId,
      postId,
      visibility: event.visibility,
      // Events published before createdAt was carried: the time the event occurred (the same transaction).
      notifications: notifications.map((n) => ({ ...n, createdAt: n.createdAt ?? made })),
    });
  }

  @ConsumeEvent('discussions.post-created', { consumer: 'realtime.post-created' })
  async postCreated(tx: EntityManager, event: DeliveredEvent<'discussions.post-created'>): Promise<void> {
    const post = await this.facts.ofPost(tx, event.payload.postId);
    if (!post || post.deleted) return;
    const created = { threadId: post.threadId, postId: post.postId, parentId: post.parentId };
    this.server.toAudience(threadRoom(post.threadId), post.visibility, 'post.created', created);
    this.server.broadcast({ kind: 'post-created', ...created, visibility: post.visibility });
  }

  // Edits, deletions and reactions: clients in the thread's room read the post again (they may still see it).
  @ConsumeEvent('discussions.post-edited', { consumer: 'realtime.post-edited' })
  async postEdited(tx: EntityManager, event: DeliveredEvent<'discussions.post-edited'>): Promise<void> {
    await this.postUpdated(tx, event.payload.postId, 'EDITED');
  }

  @ConsumeEvent('discussions.post-deleted', { consumer: 'realtime.post-deleted' })
  async postDeleted(tx: EntityManager, event: DeliveredEvent<'discussions.post-deleted'>): Promise<void> {
    await this.postUpdated(tx, event.payload.postId, 'DELETED');
  }

  @ConsumeEvent('discussions.reaction-changed', { consumer: 'realtime.reaction-changed' })
  async reactionChanged(tx: EntityManager, event: DeliveredEvent<'discussions.reaction-changed'>): Promise<void> {
    await this.postUpdated(tx, event.payload.postId, 'REACTIONS');
  }

  private async postUpdated(tx: EntityManager, postId: string, change: PostChange): Promise<void> {
    const post = await this.facts.ofPost(tx, postId);
    if (!post) return;
    this.server.toAudience(threadRoom(post.threadId), post.visibility, 'post.updated', {
      threadId: post.threadId,
      postId: post.postId,
      change,
    });
  }

  @ConsumeEvent('discussions.thread-started', { consumer: 'realtime.thread-started' })
  async threadStarted(tx: EntityManager, event: DeliveredEvent<'discussions.thread-started'>): Promise<void> {
    const post = await this.facts.ofPost(tx, event.payload.openingPostId);
    if (!post || post.deleted) return;
    const [space] = await this.catalog.spacesByIds([post.spaceId]);
    if (!space) return;
    this.server.toAudience(spaceRoom(post.spaceId), post.visibility, 'thread.created', {
      spaceSlug: space.slug,
      threadId: post.threadId,
    });
  }

  /** Access ends at once: a deactivated member's sockets and a revoked session's are closed on every instance. */
  @ConsumeEvent('identity.member-deactivated', { consumer: 'realtime.member-deactivated' })
  async memberDeactivated(_tx: EntityManager, event: DeliveredEvent<'identity.member-deactivated'>): Promise<void> {
    this.server.disconnect({ memberId: event.payload.memberId });
    this.server.broadcast({ kind: 'member-deactivated', memberId: event.payload.memberId });
  }

  @ConsumeEvent('identity.session-revoked', { consumer: 'realtime.session-revoked' })
  async sessionRevoked(_tx: EntityManager, event: DeliveredEvent<'identity.session-revoked'>): Promise<void> {
    const { memberId, sessionId } = event.payload;
    this.server.disconnect(sessionId ? { sessionId } : { memberId });
    this.server.broadcast({ kind: 'session-revoked', memberId, sessionId });
  }

  /** A member moved to another office: its sockets' rooms follow on every instance (RealtimeServer.follow). */
  @ConsumeEvent('identity.member-moved', { consumer: 'realtime.member-moved' })
  async memberMoved(_tx: EntityManager, event: DeliveredEvent<'identity.member-moved'>): Promise<void> {
    this.server.broadcast({ kind: 'member-moved', memberId: event.payload.memberId, officeId: event.payload.officeId });
  }
}
