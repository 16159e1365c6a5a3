import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import type { GoalStatus } from './report.enums.js';
import { SNAPSHOT, snapshotStrategy } from './testing/snapshot-rows.js';

export interface NewReview {
  strategyId: string;
  year: number;
  authorId: string;
  summary: string;
  whatChanged: string;
  goalStatuses: { goal: string; status: GoalStatus; note: string | null }[];
}

export interface ReviewRow {
  id: string;
  strategy_id: string;
  year: number;
  summary: string;
  what_changed: string;
  goal_statuses: { goal: string; status: GoalStatus; note: string | null }[];
  created_at: Date;
}

/** The yearly reviews of strategies; callers check the strategy's visibility first (a review has its strategy's). */
@Injectable()
export class ReviewsRepository {
  /** The review, or null when the strategy has one for that year already. */
  @SqlSnapshot({
    params: async (db) => [
      {
        strategyId: (await snapshotStrategy(db)).strategyId,
        year: 2025,
        authorId: SNAPSHOT.memberId,
        summary: 'On track',
        whatChanged: '',
        goalStatuses: [],
      },
    ],
  })
  async insert(db: EntityManager, review: NewReview): Promise<string | null> {
    const [row] = (await db.query(
      `INSERT INTO strategy_review (strategy_id, year, author_id, summary, what_changed, goal_statuses)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)
       ON CONFLICT (strategy_id, year) DO NOTHING RETURNING id`,
      [
        review.strategyId,
        review.year,
        review.authorId,
        review.summary,
        review.whatChanged,
        JSON.stringify(review.goalStatuses),
      ],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  /** The reviews of strategies, newest year first. */
  @SqlSnapshot({ params: [[SNAPSHOT.strategyId]] })
  async of(db: EntityManager, strategyIds: readonly string[]): Promise<ReviewRow[]> {
    return (await db.query(
      `SELECT r.id, r.strategy_id, r.year, r.summary, r.what_changed, r.goal_statuses, r.created_at
       FROM strategy_review r WHERE r.strategy_id = ANY($1::uuid[]) ORDER BY r.strategy_id, r.year DESC`,
      [strategyIds],
    )) as ReviewRow[];
  }
}
