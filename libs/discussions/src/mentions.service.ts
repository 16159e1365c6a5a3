import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canView, MembersService, Role } from '@forum/identity';
import { visibleItemOf, type ThreadVisibility } from './discussion.rows.js';
import { parseMentions } from './mentions.js';
import { MentionsRepository } from './mentions.repository.js';

/**
 * Stores whom a post mentions (for the notifications to come). Replaces the post's mentions on every edit.
 * Unknown office codes, names that match no active member or several, and anyone who may not see the thread
 * are plain text: a mention must never tell someone about a thread it cannot read.
 */
@Injectable()
export class MentionsService {
  constructor(
    private readonly mentions: MentionsRepository,
    private readonly members: MembersService,
  ) {}

  /** The mentions of a new post (it has none yet: nothing to delete). */
  async record(tx: EntityManager, postId: string, body: string, thread: ThreadVisibility): Promise<void> {
    const { officeCodes, displayNames } = parseMentions(body);
    if (officeCodes.length === 0 && displayNames.length === 0) return;
    // Identity answers whom the names and codes name: its tables are its own.
    const candidates = await this.members.mentionTargets(tx, { officeCodes, displayNames });
    const item = visibleItemOf(thread);
    const allowed = candidates.filter((c) =>
      canView({ memberId: c.memberId ?? '', officeId: c.seenFromOfficeId, role: Role.MEMBER }, item),
    );
    if (allowed.length === 0) return;
    await this.mentions.insert(
      tx,
      postId,
      allowed.map((c) => ({ officeId: c.officeId, memberId: c.memberId })),
    );
  }

  /** An edited post's mentions: those of its new text only. */
  async replace(tx: EntityManager, postId: string, body: string, thread: ThreadVisibility): Promise<void> {
    await this.mentions.deleteOfPost(tx, postId);
    await this.record(tx, postId, body, thread);
  }

  /** A deleted post mentions no one. */
  async forget(tx: EntityManager, postId: string): Promise<void> {
    await this.mentions.deleteOfPost(tx, postId);
  }
}
