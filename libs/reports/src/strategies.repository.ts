import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { Language } from '@forum/graphql';
import type {
  NewStrategy,
  StrategyFilter,
  StrategyPage,
  StrategyRow,
  StrategyText,
  VersionRow,
} from './strategy.types.js';
import { Visibility, type Viewer } from '@forum/identity';
import { containsPattern, positional, rowsOf, UTC_MICROS_SQL, visibleTo } from './reports.sql.js';
import {
  SNAPSHOT,
  SNAPSHOT_STRATEGY,
  SNAPSHOT_VIEWER,
  snapshotStrategy,
  snapshotThread,
} from './testing/snapshot-rows.js';

const columns = (viewer: Viewer) => {
  const later = visibleTo(viewer, 'later', 'later');
  return {
    sql: `s.id, s.office_id, s.author_id, s.thread_id, s.title, s.period_start, s.period_end, s.language, s.summary,
      s.body, s.goals, s.version, s.visibility, s.shared_with_office_ids, s.created_at, s.updated_at,
      ${UTC_MICROS_SQL('s.updated_at')} AS cursor_at,
      EXISTS (SELECT 1 FROM ict_strategy later WHERE later.office_id = s.office_id
              AND later.period_start > s.period_start AND ${later.sql}) AS superseded`,
    params: later.params,
  };
};

const FILTERS = `(CAST(:officeIds AS uuid[]) IS NULL OR s.office_id = ANY(CAST(:officeIds AS uuid[])))
  AND (CAST(:year AS int) IS NULL OR (s.period_start <= CAST(:year AS int) AND s.period_end >= CAST(:year AS int)))
  AND (CAST(:language AS language) IS NULL OR s.language = CAST(:language AS language))
  AND (CAST(:text AS text) IS NULL OR s.title ILIKE CAST(:text AS text) OR s.summary ILIKE CAST(:text AS text)
       OR s.body ILIKE CAST(:text AS text))`;

const filterParams = (filter: StrategyFilter) => ({
  officeIds: filter.officeIds,
  year: filter.year,
  language: filter.language,
  text: filter.text === null ? null : containsPattern(filter.text),
});

const VERSION_COLUMNS = `v.id, v.strategy_id, v.version, v.title, v.period_start, v.period_end, v.language, v.summary,
  v.body, v.goals, v.created_at`;

const SNAPSHOT_FILTER: StrategyFilter = {
  officeIds: [SNAPSHOT.officeId],
  year: 2026,
  language: Language.ZH,
  text: 'cloud',
};

/** The SQL of strategies, their versions and reviews: every read of them carries the visibility predicate. */
@Injectable()
export class StrategiesRepository {
  @SqlSnapshot({
    params: async (db) => {
      await snapshotThread(db);
      return [SNAPSHOT_STRATEGY];
    },
  })
  /** The new strategy's id; null when its thread has one already (a retry with the same clientMutationId). */
  async insert(db: EntityManager, strategy: NewStrategy): Promise<string | null> {
    const [row] = (await db.query(
      `INSERT INTO ict_strategy (office_id, author_id, thread_id, title, period_start, period_end, language, summary,
         body, goals, visibility, shared_with_office_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (thread_id) DO NOTHING RETURNING id`,
      [
        strategy.officeId,
        strategy.authorId,
        strategy.threadId,
        strategy.title,
        strategy.periodStart,
        strategy.periodEnd,
        strategy.language,
        strategy.summary,
        strategy.body,
        strategy.goals,
        strategy.visibility,
        strategy.sharedWithOfficeIds,
      ],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  @SqlSnapshot({ params: [SNAPSHOT.threadId] })
  async idByThread(db: EntityManager, threadId: string): Promise<string | null> {
    const [row] = (await db.query(`SELECT s.id FROM ict_strategy s WHERE s.thread_id = $1`, [threadId])) as {
      id: string;
    }[];
    return row?.id ?? null;
  }

  /** The current text becomes version `version` of the strategy's history. */
  @SqlSnapshot({
    params: async (db) => [(await snapshotStrategy(db)).strategyId, { version: 2, authorId: SNAPSHOT.memberId }],
  })
  async recordVersion(
    db: EntityManager,
    strategyId: string,
    version: { version: number; authorId: string },
  ): Promise<void> {
    await db.query(
      `INSERT INTO ict_strategy_version (strategy_id, version, author_id, title, period_start, period_end, language,
         summary, body, goals, created_at)
       SELECT s.id, $2, $3, s.title, s.period_start, s.period_end, s.language, s.summary, s.body, s.goals, s.updated_at
       FROM ict_strategy s WHERE s.id = $1`,
      [strategyId, version.version, version.authorId],
    );
  }

  /** Publishes a new text: the version number goes up and the strategy moves to the top of the browse order. */
  @SqlSnapshot({ params: async (db) => [(await snapshotStrategy(db)).strategyId, SNAPSHOT_STRATEGY] })
  async update(db: EntityManager, strategyId: string, text: StrategyText): Promise<number> {
    const [row] = rowsOf<{ version: number }>(
      await db.query(
        `UPDATE ict_strategy SET title = $2, period_start = $3, period_end = $4, language = $5, summary = $6, body = $7,
           goals = $8, version = version + 1, updated_at = clock_timestamp()
         WHERE id = $1 RETURNING version`,
        [strategyId, text.title, text.periodStart, text.periodEnd, text.language, text.summary, text.body, text.goals],
      ),
    );
    return row.version;
  }

  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT.strategyId] })
  async findVisible(db: EntityManager, viewer: Viewer, id: string): Promise<StrategyRow | null> {
    return (await this.visibleByIds(db, viewer, [id]))[0] ?? null;
  }

  /** As findVisible, and locks the row until the transaction ends: updates and reviews of one strategy queue here. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT.strategyId] })
  async lockVisible(db: EntityManager, viewer: Viewer, id: string): Promise<StrategyRow | null> {
    const visible = visibleTo(viewer, 's');
    const cols = columns(viewer);
    const [row] = (await db.query(
      ...positional(
        db,
        `SELECT ${cols.sql} FROM ict_strategy s WHERE s.id = :id AND ${visible.sql} FOR NO KEY UPDATE OF s`,
        {
          id,
          ...visible.params,
          ...cols.params,
        },
      ),
    )) as StrategyRow[];
    return row ?? null;
  }

  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, [SNAPSHOT.strategyId]] })
  async visibleByIds(db: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<StrategyRow[]> {
    const visible = visibleTo(viewer, 's');
    const cols = columns(viewer);
    return (await db.query(
      ...positional(
        db,
        `SELECT ${cols.sql} FROM ict_strategy s WHERE s.id = ANY(CAST(:ids AS uuid[])) AND ${visible.sql}`,
        {
          ids,
          ...visible.params,
          ...cols.params,
        },
      ),
    )) as StrategyRow[];
  }

  /** A page of the strategies the viewer may see, newest update first. */
  @SqlSnapshot({
    params: [SNAPSHOT_VIEWER, { ...SNAPSHOT_FILTER, limit: 20, after: { at: SNAPSHOT.at, id: SNAPSHOT.otherId } }],
  })
  async page(db: EntityManager, viewer: Viewer, page: StrategyPage): Promise<StrategyRow[]> {
    const visible = visibleTo(viewer, 's');
    const cols = columns(viewer);
    return (await db.query(
      ...positional(
        db,
        `SELECT ${cols.sql} FROM ict_strategy s
         WHERE ${visible.sql} AND ${FILTERS}
           AND (CAST(:afterId AS uuid) IS NULL
             OR (s.updated_at, s.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
         ORDER BY s.updated_at DESC, s.id DESC
         LIMIT CAST(:rows AS int)`,
        {
          ...visible.params,
          ...cols.params,
          ...filterParams(page),
          afterAt: page.after?.at ?? null,
          afterId: page.after?.id ?? null,
          rows: page.limit + 1,
        },
      ),
    )) as StrategyRow[];
  }

  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT_FILTER] })
  async count(db: EntityManager, viewer: Viewer, filter: StrategyFilter): Promise<number> {
    const visible = visibleTo(viewer, 's');
    const [{ n }] = (await db.query(
      ...positional(db, `SELECT count(*)::int AS n FROM ict_strategy s WHERE ${visible.sql} AND ${FILTERS}`, {
        ...visible.params,
        ...filterParams(filter),
      }),
    )) as { n: number }[];
    return n;
  }

  /** The versions of strategies (already known visible), oldest first. */
  @SqlSnapshot({ params: [[SNAPSHOT.strategyId]] })
  async versionsOf(db: EntityManager, strategyIds: readonly string[]): Promise<VersionRow[]> {
    return (await db.query(
      `SELECT ${VERSION_COLUMNS} FROM ict_strategy_version v WHERE v.strategy_id = ANY($1::uuid[])
       ORDER BY v.strategy_id, v.version`,
      [strategyIds],
    )) as VersionRow[];
  }

  /** Versions by id, of strategies the viewer may see. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, [SNAPSHOT.versionId]] })
  async visibleVersions(db: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<VersionRow[]> {
    const visible = visibleTo(viewer, 's');
    return (await db.query(
      ...positional(
        db,
        `SELECT ${VERSION_COLUMNS} FROM ict_strategy_version v JOIN ict_strategy s ON s.id = v.strategy_id
         WHERE v.id = ANY(CAST(:ids AS uuid[])) AND ${visible.sql}`,
        { ids, ...visible.params },
      ),
    )) as VersionRow[];
  }

  /** The strategies the viewer may see and their offices: the strategies part of recommendation 2's coverage. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER] })
  async coverage(db: EntityManager, viewer: Viewer): Promise<{ strategies: number; office_ids: string[] }> {
    const visible = visibleTo(viewer, 's');
    const [row] = (await db.query(
      ...positional(
        db,
        `SELECT count(*)::int AS strategies, COALESCE(array_agg(DISTINCT s.office_id), '{}') AS office_ids
         FROM ict_strategy s WHERE ${visible.sql}`,
        visible.params,
      ),
    )) as { strategies: number; office_ids: string[] }[];
    return row;
  }

  /**
   * The office's strategies whose period includes `year` and that have no review for it: the yearly evaluation
   * recommendation 2 asks for, still to be written.
   */
  @SqlSnapshot({ params: [SNAPSHOT.officeId, 2025] })
  async dueForReview(db: EntityManager, officeId: string, year: number): Promise<string[]> {
    const rows = (await db.query(
      `SELECT s.id FROM ict_strategy s
       WHERE s.office_id = $1 AND s.period_start <= $2 AND s.period_end >= $2
         AND NOT EXISTS (SELECT 1 FROM strategy_review r WHERE r.strategy_id = s.id AND r.year = $2)
       ORDER BY s.updated_at DESC, s.id DESC`,
      [officeId, year],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** Who may see it from now on: the same as its thread (changed in the same transaction). */
  @SqlSnapshot({
    params: async (db) => [
      (await snapshotStrategy(db)).strategyId,
      { visibility: Visibility.OFFICE, sharedWithOfficeIds: [] },
    ],
  })
  async setVisibility(
    db: EntityManager,
    strategyId: string,
    audience: { visibility: Visibility; sharedWithOfficeIds: string[] },
  ): Promise<void> {
    await db.query(`UPDATE ict_strategy SET visibility = $2, shared_with_office_ids = $3 WHERE id = $1`, [
      strategyId,
      audience.visibility,
      audience.sharedWithOfficeIds,
    ]);
  }
}
