import type { Language } from '@forum/graphql';
import type { Visibility } from '@forum/identity';
import type { PostModel, ReactionCountModel } from './dto/post.model.js';
import type { ThreadModel } from './dto/thread.model.js';
import type { ThreadKind } from './thread-kind.js';

/** The columns of `thread` as raw SQL returns them. */
export interface ThreadRow {
  id: string;
  space_id: string;
  title: string;
  kind: ThreadKind;
  author_id: string;
  office_id: string;
  visibility: Visibility;
  shared_with_office_ids: string[];
  language: Language;
  tags: string[];
  locked: boolean;
  pinned: boolean;
  created_at: Date;
  last_activity_at: Date;
  post_count: number;
  last_post_sequence: number;
}

export interface PostRow {
  id: string;
  thread_id: string;
  parent_id: string | null;
  path: string;
  depth: number;
  author_id: string;
  body: string;
  body_html: string;
  created_at: Date;
  edited_at: Date | null;
  deleted: boolean;
  reply_count: number;
}

export const THREAD_COLUMNS = `t.id, t.space_id, t.title, t.kind, t.author_id, t.office_id, t.visibility, t.shared_with_office_ids,
  t.language, t.tags, t.locked, t.pinned, t.created_at, t.last_activity_at, t.post_count, t.last_post_sequence`;

export const POST_COLUMNS = `p.id, p.thread_id, p.parent_id, p.path, p.depth, p.author_id, p.body, p.body_html, p.created_at,
  p.edited_at, p.deleted, p.reply_count`;

/** Reaction counts of post `p`, with whether member `$viewerParam` is among them, as one JSON array column. */
export const reactionsColumn = (viewerParam: string) => `COALESCE((
  SELECT json_agg(json_build_object('kind', r.kind, 'count', r.count, 'reactedByMe', r.mine) ORDER BY r.kind)
  FROM (SELECT kind, count(*)::int AS count, COALESCE(bool_or(member_id = ${viewerParam}::uuid), false) AS mine
        FROM post_reaction WHERE post_id = p.id GROUP BY kind) r), '[]'::json) AS reactions`;

export function toThreadModel(row: ThreadRow): ThreadModel {
  return {
    id: row.id,
    spaceId: row.space_id,
    title: row.title,
    kind: row.kind,
    authorId: row.author_id,
    officeId: row.office_id,
    visibility: row.visibility,
    sharedWithOfficeIds: row.shared_with_office_ids,
    language: row.language,
    tags: row.tags,
    locked: row.locked,
    pinned: row.pinned,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
    postCount: row.post_count,
  };
}

export function toPostModel(row: PostRow): PostModel {
  return {
    id: row.id,
    threadId: row.thread_id,
    parentId: row.parent_id,
    path: row.path,
    depth: row.depth,
    authorId: row.author_id,
    body: row.body,
    bodyHtml: row.body_html,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deleted: row.deleted,
    replyCount: row.reply_count,
  };
}

export type PostRowWithReactions = PostRow & { reactions: ReactionCountModel[] };

/** The columns of a thread that decide who may see it (and everything under it). */
export type ThreadVisibility = Pick<ThreadRow, 'visibility' | 'office_id' | 'shared_with_office_ids'>;

/** The fields the visibility policy needs, from a thread row. */
export const visibleItemOf = (row: ThreadVisibility) => ({
  visibility: row.visibility,
  officeId: row.office_id,
  sharedWithOfficeIds: row.shared_with_office_ids,
});
