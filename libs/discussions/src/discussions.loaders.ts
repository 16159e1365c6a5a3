import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CatalogService, type SpaceModel } from '@forum/catalog';
import { canView, type Viewer } from '@forum/identity';
import {
  POST_COLUMNS,
  THREAD_COLUMNS,
  toPostModel,
  toThreadModel,
  visibleItemOf,
  type PostRow,
  type ThreadRow,
  type ThreadVisibility,
} from './discussion.rows.js';
import type { PostModel, PostRevisionModel, ReactionCountModel } from './dto/post.model.js';
import type { ThreadModel } from './dto/thread.model.js';
import { ReactionsService } from './reactions.service.js';

export interface DiscussionLoaders {
  /** Threads by id that the viewer may see (null otherwise): a post's thread. */
  threads: DataLoader<string, ThreadModel | null>;
  /** Posts by id whose thread the viewer may see (null otherwise): a post's parent, a flag's post. */
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
        // Every field that reaches another thread or post checks it again: defence in depth, at no extra query.
        threads: new DataLoader(async (ids) => {
          const rows = (await this.dataSource.query(
            `SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.id = ANY($1::uuid[])`,
            [ids],
          )) as ThreadRow[];
          return byId(ids, rows.filter((row) => canView(viewer, visibleItemOf(row))).map(toThreadModel));
        }),
        posts: new DataLoader(async (ids) => {
          const rows = (await this.dataSource.query(
            `SELECT ${POST_COLUMNS}, t.visibility, t.office_id, t.shared_with_office_ids FROM post p JOIN thread t ON t.id = p.thread_id WHERE p.id = ANY($1::uuid[])`,
            [ids],
          )) as (PostRow & ThreadVisibility)[];
          return byId(ids, rows.filter((row) => canView(viewer, visibleItemOf(row))).map(toPostModel));
        }),
        reactions: new DataLoader((ids) => this.reactions.countsFor(viewer, ids)),
        spaces: new DataLoader((ids) => this.catalog.spacesByIds(ids)),
        revisions: new DataLoader(async (ids) => {
          const rows = (await this.dataSource.query(
            'SELECT id, post_id, body, written_at, created_at, replaced_by_id FROM post_revision WHERE post_id = ANY($1::uuid[]) ORDER BY created_at, id',
            [ids],
          )) as {
            id: string;
            post_id: string;
            body: string;
            written_at: Date;
            created_at: Date;
            replaced_by_id: string;
          }[];
          return ids.map((id) =>
            rows
              .filter((row) => row.post_id === id)
              .map((row) => ({
                id: row.id,
                body: row.body,
                writtenAt: row.written_at,
                replacedAt: row.created_at,
                replacedById: row.replaced_by_id,
              })),
          );
        }),
      };
      this.perRequest.set(req, loaders);
    }
    return loaders;
  }
}
