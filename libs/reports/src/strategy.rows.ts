import { StrategyStatus } from './report.enums.js';
import type { IctStrategyModel, IctStrategyVersionModel, StrategyReviewModel } from './dto/strategy.model.js';
import type { ReviewRow } from './reviews.repository.js';
import type { StrategyRow, StrategyText, VersionRow } from './strategy.types.js';

/** Where a strategy stands in `year`. */
export function strategyStatus(row: Pick<StrategyRow, 'period_start' | 'period_end' | 'superseded'>, year: number) {
  if (row.period_end < year) return row.superseded ? StrategyStatus.SUPERSEDED : StrategyStatus.EXPIRED;
  return row.period_start > year ? StrategyStatus.UPCOMING : StrategyStatus.CURRENT;
}

export const toStrategyModel = (row: StrategyRow, year: number): IctStrategyModel => ({
  id: row.id,
  officeId: row.office_id,
  authorId: row.author_id,
  threadId: row.thread_id,
  title: row.title,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  language: row.language,
  summary: row.summary,
  body: row.body,
  goals: row.goals,
  version: row.version,
  status: strategyStatus(row, year),
  visibility: row.visibility,
  sharedWithOfficeIds: row.shared_with_office_ids,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const toVersionModel = (row: VersionRow): IctStrategyVersionModel => ({
  id: row.id,
  strategyId: row.strategy_id,
  version: row.version,
  title: row.title,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  language: row.language,
  summary: row.summary,
  body: row.body,
  goals: row.goals,
  createdAt: row.created_at,
});

export const toReviewModel = (row: ReviewRow): StrategyReviewModel => ({
  id: row.id,
  strategyId: row.strategy_id,
  year: row.year,
  summary: row.summary,
  whatChanged: row.what_changed,
  goalStatuses: row.goal_statuses.map((entry) => ({ ...entry, note: entry.note ?? null })),
  createdAt: row.created_at,
});

/** The text of a strategy or version row. */
export const textOf = (row: StrategyRow | VersionRow): StrategyText => ({
  title: row.title,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  language: row.language,
  summary: row.summary,
  body: row.body,
  goals: row.goals,
});
