import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent, EventWorker, type DeliveredEvent } from '@forum/events';
import type { MemberAccess } from './members.repository.js';

/** How long a live session's check may be reused: the longest a revocation made on another instance can lag. */
export const SESSION_VALIDITY_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * What invalidates: an ended session, a deactivated member, a member moved to another office (and, on this instance,
 * a role change).
 */
const INVALIDATING = new Set(['identity.session-revoked', 'identity.member-deactivated', 'identity.member-moved']);

interface Entry {
  access: MemberAccess;
  until: number;
}

/**
 * A short-lived cache of "this session of this active member is live, with this office and role", so that a signed-in
 * request does not cost a statement of its own (docs/security.md, "Revocation delay"). Only live sessions are kept,
 * for at most SESSION_VALIDITY_TTL_MS. Cleared whole:
 * - on this instance, by the service that ends a session or changes a member, from inside its transaction; reads
 *   that start before SESSION_VALIDITY_TTL_MS have passed since are not kept (they may have seen the row before the
 *   commit), so this instance refuses a revoked token on the next request;
 * - on every other instance, by the NOTIFY that the outbox sends at the commit of `identity.session-revoked` and
 *   `identity.member-deactivated` (an outbox delivery reaches one instance only: SKIP LOCKED), and whenever the
 *   listening connection comes back (notifications may have been lost); without it, by expiry.
 */
@Injectable()
export class SessionValidity implements OnModuleInit, OnModuleDestroy {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  /** Reads that started before this moment are not kept. */
  private quietUntil = 0;
  private unsubscribe?: () => void;

  constructor(private readonly worker: EventWorker) {}

  onModuleInit(): void {
    this.unsubscribe = this.worker.onNotification((eventName) => {
      if (eventName === null || INVALIDATING.has(eventName)) this.forgetAll({ quiet: false });
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }

  /** The access of a live session: from the cache, or `read` (the database) kept for a few seconds. */
  async access(
    token: { memberId: string; sessionId: string },
    read: () => Promise<MemberAccess | null>,
  ): Promise<MemberAccess | null> {
    const key = `${token.sessionId}/${token.memberId}`;
    const startedAt = performance.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > startedAt) return hit.access;
    const generation = this.generation;
    const access = await read();
    if (access && generation === this.generation && startedAt >= this.quietUntil) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.delete(key);
      this.entries.set(key, { access, until: startedAt + SESSION_VALIDITY_TTL_MS });
    }
    return access;
  }

  /**
   * Called inside the transaction that ends a session or changes a member: nothing kept survives, and nothing read
   * until the transaction has surely committed is kept.
   */
  changed(): void {
    this.forgetAll({ quiet: true });
  }

  /** This instance's own delivery of the events (the NOTIFY usually came first; harmless twice). */
  @ConsumeEvent('identity.session-revoked', { consumer: 'identity.session-validity' })
  sessionRevoked(_tx: EntityManager, _event: DeliveredEvent<'identity.session-revoked'>): Promise<void> {
    this.forgetAll({ quiet: false });
    return Promise.resolve();
  }

  @ConsumeEvent('identity.member-deactivated', { consumer: 'identity.session-validity' })
  memberDeactivated(_tx: EntityManager, _event: DeliveredEvent<'identity.member-deactivated'>): Promise<void> {
    this.forgetAll({ quiet: false });
    return Promise.resolve();
  }

  private forgetAll({ quiet }: { quiet: boolean }): void {
    this.generation++;
    this.entries.clear();
    if (quiet) this.quietUntil = performance.now() + SESSION_VALIDITY_TTL_MS;
  }
}
