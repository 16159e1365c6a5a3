import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CatalogService, type SpaceModel } from '@forum/catalog';
import type { Viewer } from '@forum/identity';
import { POST_COLUMNS, THREAD_COLUMNS, toPostModel, toThreadModel, type PostRow, type ThreadRow } from './discussion.rows.js';
import type { PostModel, PostRevisionModel, ReactionCountModel } from './dto/post.model.js';
import type { ThreadModel } from './dto/thread.model.js';
import { ReactionsService } from './reactions.service.js';

export interface DiscussionLoaders {
  /** Threads by id, for fields of things already shown to be visible (a post's thread). No visibility check. */
  threads: DataLoader<string, ThreadModel | null>;
  /** Posts by id (a post's parent, in the same visible thread). */
  posts: DataLoader<string, PostModel | null>;
  /** Reaction counts by post id, for the request's viewer; primed by thread pages. */
  reactions: DataLoader<string, ReactionCountModel[]>;
  spaces: DataLoader<string, SpaceModel | null>;
  /** Earlier texts by post id, oldest first. */
  revisions: DataLoader<string, PostRevisionModel[]>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** A fresh set of DataLoaders per request (keyed by the request object), so nothing is cached across requests. */
@Injectable()
export class DiscussionsLoaders {
  private readonly perRequest = new WeakMap<object, DiscussionLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reactions: ReactionsService,
    private readonly catalog: CatalogService,
  ) {}

  forRequest(req: object, viewer: Viewer): DiscussionLoaders {
    let loaders = this.perRequest.get(req);
    if (!loaders) {
      loaders = {
        threads: new DataLoader(async (ids) =>
          byId(ids, ((await this.dataSource.query(`SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.id = ANY($1::uuid[])`, [ids])) as ThreadRow[]).map(toThreadModel)),
        ),
        posts: new DataLoader(async (ids) =>
          byId(ids, ((await this.dataSource.query(`SELECT ${POST_COLUMNS} FROM post p WHERE p.id = ANY($1::uuid[])`, [ids])) as PostRow[]).map(toPostModel)),
        ),
        reactions: new DataLoader((ids) => this.reactions.countsFor(viewer, ids)),
        spaces: new DataLoader((ids) => this.catalog.spacesByIds(ids)),
        revisions: new DataLoader(async (ids) => {
          const rows = (await this.dataSource.query(
            'SELECT id, post_id, body, written_at, created_at, replaced_by_id FROM post_revision WHERE post_id = ANY($1::uuid[]) ORDER BY created_at, id',
            [ids],
          )) as { id: string; post_id: string; body: string; written_at: Date; created_at: Date; replaced_by_id: string }[];
          return ids.map((id) =>
            rows.filter((row) => row.post_id === id).map((row) => ({ id: row.id, body: row.body, writtenAt: row.written_at, replacedAt: row.created_at, replacedById: row.replaced_by_id })),
          );
        }),
      };
      this.perRequest.set(req, loaders);
    }
    return loaders;
  }
}
