import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CatalogService } from '@forum/catalog';
import { EventPublisher } from '@forum/events';
import { badInput, decodeCursor, distinctUuids, isUuid } from '@forum/core';
import { pageSize, toConnection, type Connection } from '@forum/graphql';
import { OfficesService, signedInViewer, Visibility, type Viewer } from '@forum/identity';
import { toThreadModel, type ThreadRow } from './discussion.rows.js';
import { checkBody, checkClientMutationId, checkTags, checkTitle, childPath, isUtcMicros } from './discussion.rules.js';
import { sharedWithNeedsOffices, spaceNotFound, threadNotFound } from './discussions.errors.js';
import { contentVisibility } from './discussions.events.js';
import type { StartThreadInput, ThreadFilter } from './dto/discussion.inputs.js';
import type { ThreadModel } from './dto/thread.model.js';
import { renderMarkdown } from './markdown.js';
import { MentionsService } from './mentions.service.js';
import { PostAttachments } from './post-attachments.js';
import { PostsRepository } from './posts.repository.js';
import {
  ThreadsRepository,
  type ListedThreadRow,
  type NewThread,
  type ThreadFilterChecked,
  type ThreadCursor,
  type ThreadListing,
} from './threads.repository.js';

const isThreadCursor = (v: unknown): v is ThreadCursor =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as ThreadCursor).pinned === 'boolean' &&
  isUtcMicros((v as ThreadCursor).at) &&
  isUuid((v as ThreadCursor).id);

/** The arguments of Space.threads as the client gave them. */
export type ThreadListingArgs = { first?: number | null; after?: string | null } & ThreadFilter;

/** Threads: starting them, finding the ones a viewer may see, listing spaces. */
type CheckedStart = {
  thread: NewThread;
  body: string;
  author: NonNullable<Viewer>;
  attachments: readonly string[] | null | undefined;
};

@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsRepository,
    private readonly posts: PostsRepository,
    private readonly catalog: CatalogService,
    private readonly offices: OfficesService,
    private readonly mentions: MentionsService,
    private readonly events: EventPublisher,
    private readonly attachments: PostAttachments,
  ) {}

  /**
   * The thread if it exists and the viewer may see it; NOT_FOUND in both other cases, so existence never leaks.
   * With `lock`, the row stays locked until `db`'s transaction ends.
   */
  async visibleThreadIn(
    db: EntityManager,
    viewer: Viewer,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<ThreadRow> {
    if (!isUuid(id)) throw threadNotFound();
    const row = options.lock
      ? await this.threads.lockVisible(db, viewer, id)
      : await this.threads.findVisible(db, viewer, id);
    if (!row) throw threadNotFound();
    return row;
  }

  /** Which of these threads the viewer may see now (one statement): for counts kept outside discussions. */
  async visibleIds(viewer: Viewer, ids: readonly string[]): Promise<Set<string>> {
    const wanted = distinctUuids(ids);
    if (wanted.length === 0) return new Set();
    return new Set((await this.threads.visibleByIds(this.dataSource.manager, viewer, wanted)).map((row) => row.id));
  }

  async thread(viewer: Viewer, id: string): Promise<ThreadModel> {
    return toThreadModel(await this.visibleThreadIn(this.dataSource.manager, viewer, id));
  }

  /** Starts a thread with its opening post, in a transaction of its own. */
  async start(viewer: Viewer, input: StartThreadInput): Promise<ThreadModel> {
    const checked = await this.checkStart(viewer, input);
    return this.dataSource.transaction((tx) => this.create(tx, checked));
  }

  /**
   * Starts a thread with its opening post inside the caller's transaction: a report or a strategy starts its thread
   * with itself, so both are there or neither. A retry with the same clientMutationId answers the first thread.
   */
  async startIn(tx: EntityManager, viewer: Viewer, input: StartThreadInput): Promise<ThreadModel> {
    return this.create(tx, await this.checkStart(viewer, input));
  }

  /**
   * Changes who may see a thread, and so everything under it, inside the caller's transaction: a report or a strategy
   * changes its own visibility and its thread's together. The caller decides who may change it; a thread the viewer
   * cannot see is NOT_FOUND.
   */
  async setVisibilityIn(
    tx: EntityManager,
    viewer: Viewer,
    threadId: string,
    audience: { visibility: Visibility; sharedWith?: string[] | null },
  ): Promise<ThreadModel> {
    const member = signedInViewer(viewer);
    const thread = await this.visibleThreadIn(tx, member, threadId, { lock: true });
    const sharedWithOfficeIds = await this.sharedWithIds(thread.office_id, audience.visibility, audience.sharedWith);
    const changed = await this.threads.setVisibility(tx, thread.id, {
      visibility: audience.visibility,
      sharedWithOfficeIds,
    });
    await this.events.publish(
      tx,
      'discussions.thread-visibility-changed',
      { threadId: thread.id, changedById: member.memberId },
      { actorId: member.memberId, visibility: contentVisibility(changed) },
    );
    return toThreadModel(changed);
  }

  /** Checks a listing's arguments once, for every space asked with them: page size, cursor, office. */
  async listing(args: ThreadListingArgs): Promise<ThreadListing> {
    const limit = pageSize(args.first, 20);
    const after = args.after ? decodeCursor(args.after, isThreadCursor) : null;
    const officeId = args.officeCode ? (await this.offices.idsByCodes([args.officeCode]))[0] : null;
    return { limit, after, kind: args.kind ?? null, tag: args.tag || null, officeId };
  }

  /**
   * A page of each space's threads the viewer may see (pinned first, newest activity first), in the order of
   * `spaceIds`, in one statement whatever their number. A page's totalCount asks `countOf` when a client reads it.
   */
  async pagesInSpaces(
    viewer: Viewer,
    spaceIds: readonly string[],
    listing: ThreadListing,
    countOf: (spaceId: string) => Promise<number>,
  ): Promise<Connection<ThreadModel>[]> {
    const rows = await this.threads.pagesInSpaces(this.dataSource.manager, viewer, spaceIds, listing);
    const bySpace = new Map<string, ListedThreadRow[]>();
    for (const row of rows) bySpace.set(row.space_id, [...(bySpace.get(row.space_id) ?? []), row]);
    return spaceIds.map((spaceId) =>
      toConnection(
        bySpace.get(spaceId) ?? [],
        listing.limit,
        toThreadModel,
        (row) => ({ pinned: row.pinned, at: row.cursor_at, id: row.id }),
        () => countOf(spaceId),
      ),
    );
  }

  /** How many threads of each space the filter matches for the viewer, in one statement. */
  async countsInSpaces(viewer: Viewer, spaceIds: readonly string[], filter: ThreadFilterChecked): Promise<number[]> {
    const counts = await this.threads.countsInSpaces(this.dataSource.manager, viewer, spaceIds, filter);
    return spaceIds.map((spaceId) => counts.get(spaceId) ?? 0);
  }

  /**
   * Per space (in the order asked): how many threads the viewer may see and the offices that shared them, for a
   * recommendation's coverage. One statement.
   */
  async sharersInSpaces(
    viewer: Viewer,
    spaceIds: readonly string[],
  ): Promise<{ threads: number; officeIds: string[] }[]> {
    const rows = spaceIds.length ? await this.threads.sharersInSpaces(this.dataSource.manager, viewer, spaceIds) : [];
    const bySpace = new Map(rows.map((row) => [row.space_id, row]));
    return spaceIds.map((id) => ({
      threads: bySpace.get(id)?.threads ?? 0,
      officeIds: bySpace.get(id)?.office_ids ?? [],
    }));
  }

  /** Everything about a new thread that can be checked before writing: refusals open no transaction. */
  private async checkStart(viewer: Viewer, input: StartThreadInput): Promise<CheckedStart> {
    const author = signedInViewer(viewer);
    const title = checkTitle(input.title);
    const body = checkBody(input.body);
    const tags = checkTags(input.tags);
    const clientMutationId = checkClientMutationId(input.clientMutationId);
    const sharedWith = await this.sharedWithIds(author.officeId, input.visibility, input.sharedWith);
    const spaceId = (await this.catalog.spaceIdsBySlugs([input.spaceSlug])).get(input.spaceSlug);
    if (!spaceId) throw spaceNotFound(input.spaceSlug);
    return {
      thread: {
        spaceId,
        title,
        kind: input.kind,
        authorId: author.memberId,
        officeId: author.officeId,
        visibility: input.visibility,
        sharedWithOfficeIds: sharedWith,
        language: input.language,
        tags,
        clientMutationId,
      },
      body,
      author,
      attachments: input.attachments,
    };
  }

  private async create(tx: EntityManager, { thread, body, author, attachments }: CheckedStart) {
    const started = await this.threads.insert(tx, thread);
    if (!started) {
      // The same member retried with the same clientMutationId: the first thread is the answer.
      const first = thread.clientMutationId
        ? await this.threads.byClientMutationId(tx, thread.authorId, thread.clientMutationId)
        : null;
      if (!first) throw new Error('A thread with this clientMutationId conflicted but cannot be found');
      return toThreadModel(first);
    }
    const postId = await this.posts.insertOpening(tx, {
      threadId: started.id,
      path: childPath(null, 1),
      authorId: thread.authorId,
      body,
      bodyHtml: renderMarkdown(body),
    });
    await this.mentions.record(tx, postId, body, started);
    const target = { postId, threadId: started.id, author, visibility: contentVisibility(started) };
    await this.attachments.setIn(tx, target, attachments, { body, isNew: true });
    await this.events.publish(
      tx,
      'discussions.thread-started',
      { threadId: started.id, spaceId: started.space_id, openingPostId: postId, authorId: thread.authorId },
      { actorId: thread.authorId, visibility: contentVisibility(started) },
    );
    return toThreadModel(started);
  }

  /** The offices an OFFICES thread is shared with, beyond the author's own; other visibilities take none. */
  private async sharedWithIds(
    ownOfficeId: string,
    visibility: Visibility,
    codes: string[] | null | undefined,
  ): Promise<string[]> {
    if (!codes?.length) return [];
    if (visibility !== Visibility.OFFICES) throw sharedWithNeedsOffices();
    if (codes.length > 50) throw badInput('A thread can be shared with at most 50 offices', { field: 'sharedWith' });
    const ids = await this.offices.idsByCodes(codes);
    return [...new Set(ids)].filter((id) => id !== ownOfficeId);
  }
}
