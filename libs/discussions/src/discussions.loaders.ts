import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CatalogService, type SpaceModel } from '@forum/catalog';
import { distinctUuids, rowsByIds } from '@forum/core';
import type { Connection } from '@forum/graphql';
import type { Viewer } from '@forum/identity';
import { toPostModel, toThreadModel } from './discussion.rows.js';
import type { PostModel, PostRevisionModel, ReactionCountModel } from './dto/post.model.js';
import type { ThreadModel } from './dto/thread.model.js';
import { PostsRepository } from './posts.repository.js';
import { ReactionsRepository } from './reactions.repository.js';
import { ThreadsRepository, type ThreadFilterChecked } from './threads.repository.js';
import { ThreadsService, type ThreadListingArgs } from './threads.service.js';

/** A space's thread listing as Space.threads asks for it. */
export interface SpaceThreadsKey {
  spaceId: string;
  args: ThreadListingArgs;
}

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
  /** Space.threads: one statement for the pages of every space asked with the same arguments. */
  spaceThreads: DataLoader<SpaceThreadsKey, Connection<ThreadModel>, string>;
  /** The totalCount of those pages (by filter: page size and cursor aside): one statement, run only when read. */
  spaceThreadCounts: DataLoader<{ spaceId: string; filter: ThreadFilterChecked }, number, string>;
}

/** The keys of one batch grouped by what they share besides the space: each group is one statement. */
function bySharedPart<K extends { spaceId: string }>(keys: readonly K[], shared: (key: K) => unknown) {
  const groups = new Map<string, { positions: number[]; spaceIds: string[] }>();
  keys.forEach((key, position) => {
    const signature = JSON.stringify(shared(key));
    const group = groups.get(signature) ?? { positions: [], spaceIds: [] };
    group.positions.push(position);
    group.spaceIds.push(key.spaceId);
    groups.set(signature, group);
  });
  return [...groups.values()];
}

/**
 * A fresh set of DataLoaders per request (made by discussions' part of the GraphQL context), so nothing is cached
 * across requests. They read through the repositories,
 * whose SQL carries the visibility predicate: every field that reaches another thread or post checks it again.
 */
@Injectable()
export class DiscussionsLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly reactions: ReactionsRepository,
    private readonly threadsService: ThreadsService,
    private readonly catalog: CatalogService,
  ) {}

  /** The loaders of one request (`context.loaders.discussions`, see discussions.context.ts). */
  create(viewer: Viewer): DiscussionLoaders {
    const db = this.dataSource.manager;
    const loaders: DiscussionLoaders = {
      threads: new DataLoader(async (ids) => {
        const rows = await this.threads.visibleByIds(db, viewer, distinctUuids(ids));
        return rowsByIds(ids, rows.map(toThreadModel));
      }),
      posts: new DataLoader(async (ids) => {
        const rows = await this.posts.visibleByIds(db, viewer, distinctUuids(ids));
        return rowsByIds(ids, rows.map(toPostModel));
      }),
      reactions: new DataLoader(async (ids) => {
        const rows = await this.reactions.countsFor(db, viewer?.memberId ?? null, ids);
        return ids.map((id) =>
          rows
            .filter((row) => row.post_id === id)
            .map((row) => ({ kind: row.kind, count: row.count, reactedByMe: row.mine })),
        );
      }),
      spaces: new DataLoader((ids) => this.catalog.spacesByIds(ids)),
      revisions: new DataLoader(async (ids) => {
        const rows = await this.posts.revisionsOf(db, ids);
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
      spaceThreads: new DataLoader(
        async (keys) => {
          const results: (Connection<ThreadModel> | Error)[] = [];
          for (const group of bySharedPart(keys, (key) => key.args)) {
            try {
              const listing = await this.threadsService.listing(keys[group.positions[0]].args);
              const pages = await this.threadsService.pagesInSpaces(viewer, group.spaceIds, listing, (spaceId) =>
                loaders.spaceThreadCounts.load({
                  spaceId,
                  filter: { kind: listing.kind, tag: listing.tag, officeId: listing.officeId },
                }),
              );
              group.positions.forEach((position, i) => (results[position] = pages[i]));
            } catch (error) {
              // Bad arguments fail the fields that gave them, not the other spaces' listings.
              for (const position of group.positions) results[position] = error as Error;
            }
          }
          return results;
        },
        { cacheKeyFn: (key) => JSON.stringify(key) },
      ),
      spaceThreadCounts: new DataLoader(
        async (keys) => {
          const results: number[] = [];
          for (const group of bySharedPart(keys, (key) => key.filter)) {
            const counts = await this.threadsService.countsInSpaces(
              viewer,
              group.spaceIds,
              keys[group.positions[0]].filter,
            );
            group.positions.forEach((position, i) => (results[position] = counts[i]));
          }
          return results;
        },
        { cacheKeyFn: (key) => JSON.stringify(key) },
      ),
    };
    return loaders;
  }
}
