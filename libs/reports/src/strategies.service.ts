import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { checkPlainText, Clock, decodeCursor, ForumError, isUtcInstant, isUuid } from '@forum/core';
import { PostsService, ThreadKind, ThreadsService } from '@forum/discussions';
import { EventPublisher } from '@forum/events';
import { pageSize, toConnection, type Connection } from '@forum/graphql';
import { OfficesService, signedInViewer, type Viewer } from '@forum/identity';
import type { IctStrategyModel, IctStrategyVersionModel, StrategyDiffModel } from './dto/strategy.model.js';
import type {
  IctStrategiesArgs,
  IctStrategyInput,
  IctStrategyUpdateInput,
  StrategyReviewInput,
} from './dto/strategy.inputs.js';
import type { ShareVisibilityInput } from './dto/visibility.inputs.js';
import { officeIdsFor } from './office-filter.js';
import {
  differentStrategies,
  notOwnOffice,
  reviewExists,
  strategyNotFound,
  versionNotFound,
} from './reports.errors.js';
import { shareVisibility } from './reports.events.js';
import { checkOptionalText, checkReviewYear, checkText, checkYear } from './reports.rules.js';
import { ReviewsRepository } from './reviews.repository.js';
import { StrategiesRepository } from './strategies.repository.js';
import type { StrategyRow } from './strategy.types.js';
import { textOf, toStrategyModel, toVersionModel } from './strategy.rows.js';
import { checkStrategyText, openingPost, textChanges, versionPost } from './strategy.text.js';
import { lineDiff } from './text-diff.js';

const isStrategyCursor = (v: unknown): v is { at: string; id: string } =>
  typeof v === 'object' &&
  v !== null &&
  isUtcInstant((v as { at: unknown }).at, 6) &&
  isUuid((v as { id: unknown }).id);

const STRATEGY_SPACE = 'recommendation-2';

/** ICT strategies (recommendation 2): publishing with their thread, new versions, yearly reviews, browsing. */
@Injectable()
export class StrategiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly strategies: StrategiesRepository,
    private readonly reviews: ReviewsRepository,
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly offices: OfficesService,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  private get year() {
    return this.clock.now().getUTCFullYear();
  }

  /** Publishes a strategy and opens its thread (kind ICT_STRATEGY, recommendation-2): both commit or neither. */
  async publish(viewer: Viewer, input: IctStrategyInput): Promise<IctStrategyModel> {
    const author = signedInViewer(viewer);
    const text = checkStrategyText(input);
    const id = await this.dataSource.transaction(async (tx) => {
      const thread = await this.threads.startIn(tx, author, {
        spaceSlug: STRATEGY_SPACE,
        title: text.title,
        body: openingPost(text),
        kind: ThreadKind.ICT_STRATEGY,
        visibility: input.visibility,
        sharedWith: input.sharedWith,
        language: text.language,
        clientMutationId: input.clientMutationId,
      });
      const share = {
        officeId: author.officeId,
        visibility: thread.visibility,
        sharedWithOfficeIds: thread.sharedWithOfficeIds,
      };
      const strategyId = await this.strategies.insert(tx, {
        ...text,
        ...share,
        authorId: author.memberId,
        threadId: thread.id,
      });
      if (!strategyId) {
        // The thread is the first attempt's: so is the strategy.
        const first = await this.strategies.idByThread(tx, thread.id);
        if (!first) throw new Error('A retried strategy has a thread but no strategy');
        return first;
      }
      await this.strategies.recordVersion(tx, strategyId, { version: 1, authorId: author.memberId });
      await this.events.publish(
        tx,
        'reports.strategy-published',
        { strategyId, threadId: thread.id, officeId: author.officeId, authorId: author.memberId },
        { actorId: author.memberId, visibility: shareVisibility(share) },
      );
      return strategyId;
    });
    return this.strategy(author, id);
  }

  /** Publishes a new version: the earlier one stays readable (versions, strategyDiff). Its office's members only. */
  async update(viewer: Viewer, input: IctStrategyUpdateInput): Promise<IctStrategyModel> {
    const editor = signedInViewer(viewer);
    const text = checkStrategyText(input);
    await this.dataSource.transaction(async (tx) => {
      const current = await this.ownStrategy(tx, editor, input.strategyId);
      const version = await this.strategies.update(tx, current.id, text);
      await this.strategies.recordVersion(tx, current.id, { version, authorId: editor.memberId });
      await this.postInThread(tx, editor, current.thread_id, versionPost(version, textOf(current), text));
      await this.events.publish(
        tx,
        'reports.strategy-versioned',
        { strategyId: current.id, threadId: current.thread_id, version, authorId: editor.memberId },
        { actorId: editor.memberId, visibility: shareVisibility(toStrategyModel(current, this.year)) },
      );
    });
    return this.strategy(editor, input.strategyId);
  }

  /** Adds the yearly review: a year of the period (one year of slack either side), one review per year. */
  async addReview(viewer: Viewer, input: StrategyReviewInput): Promise<IctStrategyModel> {
    const author = signedInViewer(viewer);
    checkYear(input.year, 'year');
    const summary = checkText(input.summary, 'summary');
    const whatChanged = checkOptionalText(input.whatChanged, 'whatChanged', 64 * 1024) ?? '';
    const goalStatuses = (input.goalStatuses ?? []).map((entry) => ({
      goal: checkPlainText(entry.goal, 'goalStatuses', { min: 1, max: 300 }),
      status: entry.status,
      note: checkOptionalText(entry.note, 'goalStatuses', 4 * 1024),
    }));
    await this.dataSource.transaction(async (tx) => {
      const strategy = await this.ownStrategy(tx, author, input.strategyId);
      const year = checkReviewYear(input.year, { periodStart: strategy.period_start, periodEnd: strategy.period_end });
      const reviewId = await this.reviews.insert(tx, {
        strategyId: strategy.id,
        year,
        authorId: author.memberId,
        summary,
        whatChanged,
        goalStatuses,
      });
      if (!reviewId) throw reviewExists(year);
      await this.postInThread(tx, author, strategy.thread_id, `**Review of ${year}.**\n\n${summary}`);
      await this.events.publish(
        tx,
        'reports.strategy-reviewed',
        { strategyId: strategy.id, threadId: strategy.thread_id, reviewId, year, authorId: author.memberId },
        { actorId: author.memberId, visibility: shareVisibility(toStrategyModel(strategy, this.year)) },
      );
    });
    return this.strategy(author, input.strategyId);
  }

  /**
   * Changes who may see the strategy, its versions, reviews and thread, in one transaction (its office's members).
   * Versions and reviews have no visibility of their own: they are read through their strategy's.
   */
  async setVisibility(viewer: Viewer, input: ShareVisibilityInput): Promise<IctStrategyModel> {
    const owner = signedInViewer(viewer);
    await this.dataSource.transaction(async (tx) => {
      const strategy = await this.ownStrategy(tx, owner, input.id);
      const thread = await this.threads.setVisibilityIn(tx, owner, strategy.thread_id, input);
      const audience = { visibility: thread.visibility, sharedWithOfficeIds: thread.sharedWithOfficeIds };
      await this.strategies.setVisibility(tx, strategy.id, audience);
      await this.events.publish(
        tx,
        'reports.share-visibility-changed',
        { kind: 'strategy', id: strategy.id, threadId: thread.id, changedById: owner.memberId },
        { actorId: owner.memberId, visibility: shareVisibility({ ...audience, officeId: strategy.office_id }) },
      );
    });
    return this.strategy(owner, input.id);
  }

  /** The strategy if the viewer may see it; NOT_FOUND otherwise, as for one that does not exist. */
  async strategy(viewer: Viewer, id: string): Promise<IctStrategyModel> {
    const row = isUuid(id) ? await this.strategies.findVisible(this.dataSource.manager, viewer, id) : null;
    if (!row) throw strategyNotFound();
    return toStrategyModel(row, this.year);
  }

  /** Strategies by id for loaders: null where the viewer may not see one. */
  async visibleByIds(viewer: Viewer, ids: readonly string[]): Promise<(IctStrategyModel | null)[]> {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length ? await this.strategies.visibleByIds(this.dataSource.manager, viewer, wanted) : [];
    const byId = new Map(rows.map((row) => [row.id, toStrategyModel(row, this.year)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** ictStrategies: what the viewer may see, newest update first; totalCount counted only when read. */
  async browse(viewer: Viewer, args: IctStrategiesArgs): Promise<Connection<IctStrategyModel>> {
    const limit = pageSize(args.first, 20);
    const after = args.after ? decodeCursor(args.after, isStrategyCursor) : null;
    const filter = {
      officeIds: await officeIdsFor(this.offices, args),
      year: args.year === null || args.year === undefined ? null : checkYear(args.year, 'year'),
      language: args.language ?? null,
      text: args.text?.trim() || null,
    };
    const db = this.dataSource.manager;
    const rows = await this.strategies.page(db, viewer, { ...filter, limit, after });
    return toConnection(
      rows,
      limit,
      (row) => toStrategyModel(row, this.year),
      (row) => ({ at: row.cursor_at, id: row.id }),
      () => this.strategies.count(db, viewer, filter),
    );
  }

  /** The versions of strategies the caller has already seen (loaded through the visibility check), oldest first. */
  async versionsOf(strategyIds: readonly string[]): Promise<IctStrategyVersionModel[][]> {
    const rows = strategyIds.length ? await this.strategies.versionsOf(this.dataSource.manager, strategyIds) : [];
    return strategyIds.map((id) => rows.filter((row) => row.strategy_id === id).map(toVersionModel));
  }

  /** What changed between two versions of one strategy the viewer may see. */
  async diff(viewer: Viewer, fromId: string, toId: string): Promise<StrategyDiffModel> {
    const ids = [fromId, toId].filter(isUuid);
    const rows = ids.length ? await this.strategies.visibleVersions(this.dataSource.manager, viewer, ids) : [];
    const from = rows.find((row) => row.id === fromId);
    const to = rows.find((row) => row.id === toId);
    if (!from || !to) throw versionNotFound();
    if (from.strategy_id !== to.strategy_id) throw differentStrategies();
    const [a, b] = [toVersionModel(from), toVersionModel(to)];
    return {
      from: a,
      to: b,
      changes: textChanges(a, b),
      bodyDiff: lineDiff(a.body, b.body),
    };
  }

  /** The viewer's office's strategies with no review for last year (the yearly evaluation still to write). */
  async dueForReview(viewer: Viewer): Promise<IctStrategyModel[]> {
    const member = signedInViewer(viewer);
    const ids = await this.strategies.dueForReview(this.dataSource.manager, member.officeId, this.year - 1);
    return (await this.visibleByIds(member, ids)).filter((s): s is IctStrategyModel => s !== null);
  }

  /**
   * A reply in the strategy's thread, in the change's transaction. A thread a moderator locked takes none: the change
   * itself still goes through (the lock is about the discussion, not the office's own strategy).
   */
  private async postInThread(tx: EntityManager, author: NonNullable<Viewer>, threadId: string, body: string) {
    try {
      await this.posts.replyIn(tx, author, { threadId, parentPostId: null, body });
    } catch (error) {
      // Refused before anything was written (the lock is checked first): the transaction goes on.
      if (!(error instanceof ForumError && error.reason === 'discussions.thread-locked')) throw error;
    }
  }

  /** The strategy locked for a change: NOT_FOUND if the editor may not see it, FORBIDDEN if of another office. */
  private async ownStrategy(tx: EntityManager, editor: NonNullable<Viewer>, id: string): Promise<StrategyRow> {
    const row = isUuid(id) ? await this.strategies.lockVisible(tx, editor, id) : null;
    if (!row) throw strategyNotFound();
    if (row.office_id !== editor.officeId) throw notOwnOffice('strategy');
    return row;
  }
}
