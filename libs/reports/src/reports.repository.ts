import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { Visibility, type Viewer } from '@forum/identity';
import type { NewReport, ReportContent, ReportFilter, ReportPage, ReportRow, ReportStatsRow } from './report.types.js';
import { containsPattern, positional, rowsOf, UTC_MICROS_SQL, visibleTo } from './reports.sql.js';
import {
  SNAPSHOT_CONTENT,
  SNAPSHOT_NEW_REPORT,
  SNAPSHOT_REPORT_FILTER,
  snapshotReport,
} from './testing/report-snapshots.js';
import { SNAPSHOT, SNAPSHOT_VIEWER, snapshotThread } from './testing/snapshot-rows.js';

const COLUMNS = `r.id, r.office_id, r.author_id, r.thread_id, r.title, r.project_name, r.delivery_model,
  CAST(r.phases AS text[]) AS phases,
  r.recommendations, r.technologies, r.technology_keys, r.outcome, r.lessons_learned, r.planned_months, r.actual_months,
  r.budget_band, r.team_size_band, r.sourcing_notes, r.would_do_again, r.language, r.visibility, r.shared_with_office_ids,
  r.created_at, r.updated_at, ${UTC_MICROS_SQL('r.updated_at')} AS cursor_at`;

const FILTERS = `(CAST(:deliveryModel AS delivery_model) IS NULL OR r.delivery_model = CAST(:deliveryModel AS delivery_model))
  AND (CAST(:phase AS project_phase) IS NULL OR r.phases @> ARRAY[CAST(:phase AS project_phase)])
  AND (CAST(:recommendation AS int) IS NULL OR r.recommendations @> ARRAY[CAST(:recommendation AS int)])
  AND (CAST(:technologyKey AS text) IS NULL OR r.technology_keys @> ARRAY[CAST(:technologyKey AS text)])
  AND (CAST(:officeIds AS uuid[]) IS NULL OR r.office_id = ANY(CAST(:officeIds AS uuid[])))
  AND (CAST(:language AS language) IS NULL OR r.language = CAST(:language AS language))
  AND (CAST(:overrun AS boolean) IS NULL
       OR (r.planned_months IS NOT NULL AND r.actual_months IS NOT NULL
           AND (r.actual_months > r.planned_months) = CAST(:overrun AS boolean)))
  AND (CAST(:text AS text) IS NULL OR r.title ILIKE CAST(:text AS text) OR r.project_name ILIKE CAST(:text AS text)
       OR r.outcome ILIKE CAST(:text AS text) OR r.lessons_learned ILIKE CAST(:text AS text))`;

const filterParams = (filter: ReportFilter) => ({
  deliveryModel: filter.deliveryModel,
  phase: filter.phase,
  recommendation: filter.recommendation,
  technologyKey: filter.technologyKey,
  officeIds: filter.officeIds,
  language: filter.language,
  overrun: filter.overrun,
  text: filter.text === null ? null : containsPattern(filter.text),
});

/** The SQL of experience reports and their revisions: every read carries the visibility predicate. */
@Injectable()
export class ReportsRepository {
  /** The new report's id; null when its thread has a report already (a retry with the same clientMutationId). */
  @SqlSnapshot({
    params: async (db) => {
      await snapshotThread(db);
      return [SNAPSHOT_NEW_REPORT];
    },
  })
  async insert(db: EntityManager, report: NewReport): Promise<string | null> {
    const [row] = (await db.query(
      `INSERT INTO experience_report (office_id, author_id, thread_id, title, project_name, delivery_model, phases,
         recommendations, technologies, technology_keys, outcome, lessons_learned, planned_months, actual_months,
         budget_band, team_size_band, sourcing_notes, would_do_again, language, visibility, shared_with_office_ids)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
       ON CONFLICT (thread_id) DO NOTHING RETURNING id`,
      [
        report.officeId,
        report.authorId,
        report.threadId,
        report.title,
        ...contentParams(report),
        report.language,
        report.visibility,
        report.sharedWithOfficeIds,
      ],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  @SqlSnapshot({ params: [SNAPSHOT.threadId] })
  async idByThread(db: EntityManager, threadId: string): Promise<string | null> {
    const [row] = (await db.query(`SELECT r.id FROM experience_report r WHERE r.thread_id = $1`, [threadId])) as {
      id: string;
    }[];
    return row?.id ?? null;
  }

  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, [SNAPSHOT.reportId]] })
  async visibleByIds(db: EntityManager, viewer: Viewer, ids: readonly string[]): Promise<ReportRow[]> {
    const visible = visibleTo(viewer, 'r');
    return (await db.query(
      ...positional(
        db,
        `SELECT ${COLUMNS} FROM experience_report r WHERE r.id = ANY(CAST(:ids AS uuid[])) AND ${visible.sql}`,
        { ids, ...visible.params },
      ),
    )) as ReportRow[];
  }

  /** As visibleByIds for one, locked until the transaction ends: edits of one report queue here. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT.reportId] })
  async lockVisible(db: EntityManager, viewer: Viewer, id: string): Promise<ReportRow | null> {
    const visible = visibleTo(viewer, 'r');
    const [row] = (await db.query(
      ...positional(
        db,
        `SELECT ${COLUMNS} FROM experience_report r WHERE r.id = :id AND ${visible.sql} FOR NO KEY UPDATE`,
        { id, ...visible.params },
      ),
    )) as ReportRow[];
    return row ?? null;
  }

  /** Replaces the content; the caller keeps the earlier one as a revision first. */
  @SqlSnapshot({ params: async (db) => [await snapshotReport(db), SNAPSHOT_CONTENT] })
  async update(db: EntityManager, id: string, content: ReportContent): Promise<void> {
    await db.query(
      `UPDATE experience_report SET project_name = $2, delivery_model = $3, phases = $4, recommendations = $5,
         technologies = $6, technology_keys = $7, outcome = $8, lessons_learned = $9, planned_months = $10,
         actual_months = $11, budget_band = $12, team_size_band = $13, sourcing_notes = $14, would_do_again = $15,
         updated_at = clock_timestamp()
       WHERE id = $1`,
      [id, ...contentParams(content)],
    );
  }

  @SqlSnapshot({
    params: async (db) => [
      {
        reportId: await snapshotReport(db),
        content: { projectName: 'Search' },
        writtenAt: new Date(SNAPSHOT.at),
        replacedById: SNAPSHOT.memberId,
      },
    ],
  })
  async insertRevision(
    db: EntityManager,
    revision: { reportId: string; content: Record<string, unknown>; writtenAt: Date; replacedById: string },
  ): Promise<void> {
    await db.query(
      `INSERT INTO experience_report_revision (report_id, content, written_at, replaced_by_id) VALUES ($1, $2::jsonb, $3, $4)`,
      [revision.reportId, JSON.stringify(revision.content), revision.writtenAt, revision.replacedById],
    );
  }

  /** The revisions of reports (already known visible), oldest first. */
  @SqlSnapshot({ params: [[SNAPSHOT.reportId]] })
  async revisionsOf(
    db: EntityManager,
    reportIds: readonly string[],
  ): Promise<
    { id: string; report_id: string; content: Record<string, unknown>; written_at: Date; created_at: Date }[]
  > {
    return (await db.query(
      `SELECT v.id, v.report_id, v.content, v.written_at, v.created_at FROM experience_report_revision v
       WHERE v.report_id = ANY($1::uuid[]) ORDER BY v.report_id, v.created_at, v.id`,
      [reportIds],
    )) as { id: string; report_id: string; content: Record<string, unknown>; written_at: Date; created_at: Date }[];
  }

  /** A page of the reports the viewer may see, newest change first. */
  @SqlSnapshot({
    params: [
      SNAPSHOT_VIEWER,
      { ...SNAPSHOT_REPORT_FILTER, limit: 20, after: { at: SNAPSHOT.at, id: SNAPSHOT.otherId } },
    ],
  })
  async page(db: EntityManager, viewer: Viewer, page: ReportPage): Promise<ReportRow[]> {
    const visible = visibleTo(viewer, 'r');
    return (await db.query(
      ...positional(
        db,
        `SELECT ${COLUMNS} FROM experience_report r
         WHERE ${visible.sql} AND ${FILTERS}
           AND (CAST(:afterId AS uuid) IS NULL
             OR (r.updated_at, r.id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
         ORDER BY r.updated_at DESC, r.id DESC
         LIMIT CAST(:rows AS int)`,
        {
          ...visible.params,
          ...filterParams(page),
          afterAt: page.after?.at ?? null,
          afterId: page.after?.id ?? null,
          rows: page.limit + 1,
        },
      ),
    )) as ReportRow[];
  }

  /** Counts by delivery model and the median overrun over what the filter matches and the viewer may see. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT_REPORT_FILTER] })
  async stats(db: EntityManager, viewer: Viewer, filter: ReportFilter): Promise<ReportStatsRow> {
    const visible = visibleTo(viewer, 'r');
    const [row] = (await db.query(
      ...positional(
        db,
        `SELECT count(*)::int AS count,
           count(*) FILTER (WHERE r.delivery_model = 'IN_HOUSE')::int AS in_house,
           count(*) FILTER (WHERE r.delivery_model = 'EXTERNAL')::int AS external,
           count(*) FILTER (WHERE r.delivery_model = 'HYBRID')::int AS hybrid,
           count(r.actual_months - r.planned_months)::int AS with_durations,
           count(*) FILTER (WHERE r.actual_months > r.planned_months)::int AS overrun,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY r.actual_months - r.planned_months) AS median_overrun
         FROM experience_report r WHERE ${visible.sql} AND ${FILTERS}`,
        { ...visible.params, ...filterParams(filter) },
      ),
    )) as ReportStatsRow[];
    return row;
  }

  /**
   * Per recommendation number, the reports the viewer may see that speak to it, and their offices: the reports part
   * of Recommendation.coverage, one statement for all ten.
   */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, [1, 9]] })
  async coverage(
    db: EntityManager,
    viewer: Viewer,
    numbers: readonly number[],
  ): Promise<{ recommendation: number; reports: number; office_ids: string[] }[]> {
    const visible = visibleTo(viewer, 'r');
    return rowsOf(
      await db.query(
        ...positional(
          db,
          `SELECT n.recommendation, count(r.id)::int AS reports,
             COALESCE(array_agg(DISTINCT r.office_id) FILTER (WHERE r.id IS NOT NULL), '{}') AS office_ids
           FROM unnest(CAST(:numbers AS int[])) AS n(recommendation)
           LEFT JOIN experience_report r ON r.recommendations @> ARRAY[n.recommendation] AND ${visible.sql}
           GROUP BY n.recommendation`,
          { numbers, ...visible.params },
        ),
      ),
    );
  }

  /** Who may see it from now on: the same as its thread (changed in the same transaction). */
  @SqlSnapshot({
    params: async (db) => [await snapshotReport(db), { visibility: Visibility.OFFICE, sharedWithOfficeIds: [] }],
  })
  async setVisibility(
    db: EntityManager,
    reportId: string,
    audience: { visibility: Visibility; sharedWithOfficeIds: string[] },
  ): Promise<void> {
    await db.query(`UPDATE experience_report SET visibility = $2, shared_with_office_ids = $3 WHERE id = $1`, [
      reportId,
      audience.visibility,
      audience.sharedWithOfficeIds,
    ]);
  }
}

function contentParams(content: ReportContent): unknown[] {
  return [
    content.projectName,
    content.deliveryModel,
    content.phases,
    content.recommendations,
    content.technologies,
    content.technologyKeys,
    content.outcome,
    content.lessonsLearned,
    content.plannedMonths,
    content.actualMonths,
    content.budgetBand,
    content.teamSizeBand,
    content.sourcingNotes,
    content.wouldDoAgain,
  ];
}
