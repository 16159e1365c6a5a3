import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CatalogService } from '@forum/catalog';
import { badInput, decodeCursor, notFound, pageSize, toConnection, type Connection } from '@forum/graphql';
import { canView, OfficesService, signedInViewer, visibleSql, Visibility, type Viewer } from '@forum/identity';
import { THREAD_COLUMNS, toThreadModel, visibleItemOf, type ThreadRow } from './discussion.rows.js';
import {
  checkBody,
  checkClientMutationId,
  checkTags,
  checkTitle,
  childPath,
  isUtcMicros,
  isUuid,
  UTC_MICROS_SQL,
} from './discussion.rules.js';
import type { StartThreadInput, ThreadFilter } from './dto/discussion.inputs.js';
import type { ThreadModel } from './dto/thread.model.js';
import { renderMarkdown } from './markdown.js';
import { MentionsService } from './mentions.service.js';

type ThreadCursor = { pinned: boolean; at: string; id: string };
const isThreadCursor = (v: unknown): v is ThreadCursor =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as ThreadCursor).pinned === 'boolean' &&
  isUtcMicros((v as ThreadCursor).at) &&
  isUuid((v as ThreadCursor).id);

/** Threads: starting them, finding the ones a viewer may see, listing a space. */
@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly offices: OfficesService,
    private readonly mentions: MentionsService,
  ) {}

  /** The thread if it exists and the viewer may see it; NOT_FOUND in both other cases, so existence never leaks. */
  async visibleThread(
    viewer: Viewer,
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ThreadRow> {
    if (!isUuid(id)) throw notFound('Thread not found');
    const [row] = (await manager.query(
      `SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.id = $1${lock ? ' FOR NO KEY UPDATE' : ''}`,
      [id],
    )) as ThreadRow[];
    if (!row || !canView(viewer, visibleItemOf(row))) throw notFound('Thread not found');
    return row;
  }

  async thread(viewer: Viewer, id: string): Promise<ThreadModel> {
    return toThreadModel(await this.visibleThread(viewer, id));
  }

  async start(viewer: Viewer, input: StartThreadInput): Promise<ThreadModel> {
    const author = signedInViewer(viewer);
    const title = checkTitle(input.title);
    const body = checkBody(input.body);
    const tags = checkTags(input.tags);
    const clientMutationId = checkClientMutationId(input.clientMutationId);
    const sharedWith = await this.sharedWithIds(author.officeId, input.visibility, input.sharedWith);
    const spaceId = (await this.catalog.spaceIdsBySlugs([input.spaceSlug])).get(input.spaceSlug);
    if (!spaceId) throw notFound(`No space "${input.spaceSlug}"`);

    const started = await this.dataSource.transaction(async (tx) => {
      const [thread] = (await tx.query(
        `INSERT INTO thread AS t (space_id, title, kind, author_id, office_id, visibility, shared_with_office_ids, language, tags,
           post_count, last_post_sequence, client_mutation_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[], $8, $9::text[], 1, 1, $10)
         ON CONFLICT (author_id, client_mutation_id) WHERE client_mutation_id IS NOT NULL DO NOTHING
         RETURNING ${THREAD_COLUMNS}`,
        [
          spaceId,
          title,
          input.kind,
          author.memberId,
          author.officeId,
          input.visibility,
          sharedWith,
          input.language,
          tags,
          clientMutationId,
        ],
      )) as ThreadRow[];
      if (!thread) return null;
      const [post] = (await tx.query(
        `INSERT INTO post (thread_id, parent_id, path, depth, author_id, body, body_html) VALUES ($1, NULL, $2, 0, $3, $4, $5) RETURNING id`,
        [thread.id, childPath(null, 1), author.memberId, body, renderMarkdown(body)],
      )) as { id: string }[];
      await this.mentions.record(tx, post.id, body, thread);
      return thread;
    });
    if (started) return toThreadModel(started);
    // The same member retried with the same clientMutationId: the first thread is the answer.
    const [first] = (await this.dataSource.query(
      `SELECT ${THREAD_COLUMNS} FROM thread t WHERE t.author_id = $1 AND t.client_mutation_id = $2`,
      [author.memberId, clientMutationId],
    )) as ThreadRow[];
    return toThreadModel(first);
  }

  /** A space's threads the viewer may see: pinned first, newest activity first; the count uses the same filter. */
  async listInSpace(
    viewer: Viewer,
    spaceId: string,
    args: { first?: number | null; after?: string | null } & ThreadFilter,
  ): Promise<Connection<ThreadModel>> {
    const limit = pageSize(args.first, 20);
    const visible = visibleSql(viewer, {
      visibility: 't.visibility',
      officeId: 't.office_id',
      sharedWith: 't.shared_with_office_ids',
    });
    const filter = this.dataSource
      .createQueryBuilder()
      .from('thread', 't')
      .where('t.space_id = :spaceId', { spaceId })
      .andWhere(visible.sql, visible.params);
    if (args.kind) filter.andWhere('t.kind = :kind', { kind: args.kind });
    if (args.tag) filter.andWhere(':tag = ANY(t.tags)', { tag: args.tag });
    if (args.officeCode)
      filter.andWhere('t.office_id = :officeId', { officeId: (await this.offices.idsByCodes([args.officeCode]))[0] });

    const page = filter.clone().select(THREAD_COLUMNS).addSelect(UTC_MICROS_SQL('t.last_activity_at'), 'cursor_at');
    if (args.after) {
      const cursor = decodeCursor(args.after, isThreadCursor);
      page.andWhere(
        '(t.pinned, t.last_activity_at, t.id) < (:cPinned, CAST(:cAt AS timestamptz), CAST(:cId AS uuid))',
        {
          cPinned: cursor.pinned,
          cAt: cursor.at,
          cId: cursor.id,
        },
      );
    }
    const rows = (await page
      .orderBy('t.pinned', 'DESC')
      .addOrderBy('t.last_activity_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(limit + 1)
      .getRawMany()) as (ThreadRow & { cursor_at: string })[];
    const count = async () =>
      Number((await filter.clone().select('count(*)', 'count').getRawOne<{ count: string }>())?.count ?? 0);
    return toConnection(
      rows,
      limit,
      toThreadModel,
      (row) => ({ pinned: row.pinned, at: row.cursor_at, id: row.id }),
      count,
    );
  }

  /** The offices an OFFICES thread is shared with, beyond the author's own; other visibilities take none. */
  private async sharedWithIds(
    ownOfficeId: string,
    visibility: Visibility,
    codes: string[] | null | undefined,
  ): Promise<string[]> {
    if (!codes?.length) return [];
    if (visibility !== Visibility.OFFICES)
      throw badInput('sharedWith goes with visibility OFFICES only', { field: 'sharedWith' });
    if (codes.length > 50) throw badInput('A thread can be shared with at most 50 offices', { field: 'sharedWith' });
    const ids = await this.offices.idsByCodes(codes);
    return [...new Set(ids)].filter((id) => id !== ownOfficeId);
  }
}
