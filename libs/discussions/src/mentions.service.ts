import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canView, Role } from '@forum/identity';
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
  constructor(private readonly mentions: MentionsRepository) {}

  async record(tx: EntityManager, postId: string, body: string, thread: ThreadVisibility): Promise<void> {
    await this.mentions.deleteOfPost(tx, postId);
    const { officeCodes, displayNames } = parseMentions(body);
    if (officeCodes.length === 0 && displayNames.length === 0) return;
    const candidates = (await tx.query(
      `SELECT o.id AS office_id, NULL::uuid AS member_id, o.id AS seen_from FROM office o WHERE o.code = ANY($1::text[])
       UNION ALL
       SELECT NULL::uuid, m.id, m.office_id FROM member m
       WHERE m.active AND lower(m.display_name) = ANY($2::text[])
         AND (SELECT count(*) FROM member same WHERE same.active AND lower(same.display_name) = lower(m.display_name)) = 1`,
      [officeCodes, displayNames.map((name) => name.toLowerCase())],
    )) as { office_id: string | null; member_id: string | null; seen_from: string }[];
    const item = visibleItemOf(thread);
    const allowed = candidates.filter((c) =>
      canView({ memberId: c.member_id ?? '', officeId: c.seen_from, role: Role.MEMBER }, item),
    );
    if (allowed.length === 0) return;
    await this.mentions.insert(
      tx,
      postId,
      allowed.map((c) => ({ officeId: c.office_id, memberId: c.member_id })),
    );
  }

  /** A deleted post mentions no one. */
  async forget(tx: EntityManager, postId: string): Promise<void> {
    await this.mentions.deleteOfPost(tx, postId);
  }
}
