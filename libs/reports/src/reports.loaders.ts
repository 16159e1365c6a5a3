import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Viewer } from '@forum/identity';
import type { IctStrategyVersionModel, StrategyReviewModel } from './dto/strategy.model.js';
import { CoverageService } from './coverage.service.js';
import type { RecommendationCoverageModel } from './dto/coverage.model.js';
import type { ExperienceReportRevisionModel } from './dto/report.model.js';
import { ReportsService } from './reports.service.js';
import { ReviewsRepository } from './reviews.repository.js';
import { StrategiesService } from './strategies.service.js';
import { toReviewModel } from './strategy.rows.js';

export interface ReportsLoaders {
  /** Reviews by strategy id, newest year first: the strategy was loaded through the visibility check already. */
  strategyReviews: DataLoader<string, StrategyReviewModel[]>;
  /** Versions by strategy id, oldest first (same condition). */
  strategyVersions: DataLoader<string, IctStrategyVersionModel[]>;
  /** Earlier contents by report id, oldest first (the report was loaded through the visibility check). */
  reportRevisions: DataLoader<string, ExperienceReportRevisionModel[]>;
  /** Recommendation.coverage: the ten recommendations in one batch. */
  coverage: DataLoader<{ number: number; spaceId: string }, RecommendationCoverageModel, number>;
}

/** A fresh set per request (reports' part of the GraphQL context): a page of strategies costs one statement a field. */
@Injectable()
export class ReportsLoadersFactory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reviews: ReviewsRepository,
    private readonly strategies: StrategiesService,
    private readonly reports: ReportsService,
    private readonly coverage: CoverageService,
  ) {}

  create(viewer: Viewer): ReportsLoaders {
    return {
      strategyReviews: new DataLoader(async (ids) => {
        const rows = await this.reviews.of(this.dataSource.manager, ids);
        return ids.map((id) => rows.filter((row) => row.strategy_id === id).map(toReviewModel));
      }),
      strategyVersions: new DataLoader((ids) => this.strategies.versionsOf(ids)),
      reportRevisions: new DataLoader((ids) => this.reports.revisionsOf(ids)),
      coverage: new DataLoader((keys) => this.coverage.of(viewer, keys), { cacheKeyFn: (key) => key.number }),
    };
  }
}
