import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ThreadsService } from '@forum/discussions';
import { OfficesService, type Viewer } from '@forum/identity';
import type { RecommendationCoverageModel } from './dto/coverage.model.js';
import { ReportsRepository } from './reports.repository.js';
import { StrategiesRepository } from './strategies.repository.js';

export const STRATEGY_RECOMMENDATION = 2;

/** Recommendation.coverage: what offices shared for each recommendation, among what the viewer may see. */
@Injectable()
export class CoverageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsRepository,
    private readonly strategies: StrategiesRepository,
    private readonly threads: ThreadsService,
    private readonly offices: OfficesService,
  ) {}

  /** The coverage of each recommendation asked (number and space), in order: four statements for any number. */
  async of(
    viewer: Viewer,
    recommendations: readonly { number: number; spaceId: string }[],
  ): Promise<RecommendationCoverageModel[]> {
    const db = this.dataSource.manager;
    const numbers = recommendations.map((r) => r.number);
    const reports = new Map((await this.reports.coverage(db, viewer, numbers)).map((row) => [row.recommendation, row]));
    const strategies = numbers.includes(STRATEGY_RECOMMENDATION)
      ? await this.strategies.coverage(db, viewer)
      : { strategies: 0, office_ids: [] };
    const threads = await this.threads.sharersInSpaces(
      viewer,
      recommendations.map((r) => r.spaceId),
    );
    // The offices that shared something for the i-th recommendation asked.
    const officeIdsAt = (i: number) =>
      new Set([
        ...(reports.get(numbers[i])?.office_ids ?? []),
        ...(numbers[i] === STRATEGY_RECOMMENDATION ? strategies.office_ids : []),
        ...threads[i].officeIds,
      ]);
    const allIds = [...new Set(numbers.flatMap((_n, i) => [...officeIdsAt(i)]))];
    const codes = new Map(
      (await this.offices.officesByIds(allIds)).flatMap((office) => (office ? [[office.id, office.code]] : [])),
    );
    return recommendations.map(({ number }, i) => {
      const officeCodes = [...officeIdsAt(i)].flatMap((id) => codes.get(id) ?? []).sort();
      return {
        offices: officeCodes.length,
        officeCodes,
        strategies: number === STRATEGY_RECOMMENDATION ? strategies.strategies : 0,
        reports: reports.get(number)?.reports ?? 0,
        threads: threads[i].threads,
      };
    });
  }
}
