import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { parseMentions } from './mentions.js';

/**
 * Stores whom a post mentions (for the notifications to come). Replaces the post's mentions on every edit.
 * Unknown office codes and names that match no active member, or several, are plain text.
 */
@Injectable()
export class MentionsService {
  async record(tx: EntityManager, postId: string, body: string): Promise<void> {
    await tx.query('DELETE FROM post_mention WHERE post_id = $1', [postId]);
    const { officeCodes, displayNames } = parseMentions(body);
    if (officeCodes.length === 0 && displayNames.length === 0) return;
    await tx.query(
      `INSERT INTO post_mention (post_id, office_id, member_id)
       SELECT $1::uuid, o.id, NULL::uuid FROM office o WHERE o.code = ANY($2::text[])
       UNION ALL
       SELECT $1::uuid, NULL::uuid, m.id FROM member m
       WHERE m.active AND lower(m.display_name) = ANY($3::text[])
         AND (SELECT count(*) FROM member same WHERE same.active AND lower(same.display_name) = lower(m.display_name)) = 1`,
      [postId, officeCodes, displayNames.map((name) => name.toLowerCase())],
    );
  }
}
