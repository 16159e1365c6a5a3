import { Module } from '@nestjs/common';
import { CatalogModule } from '@forum/catalog';
import { Clock } from '@forum/core';
import { DiscussionsModule } from '@forum/discussions';
import { IdentityModule } from '@forum/identity';
import { StacksModule } from '@forum/stacks';
import { CoverageService } from './coverage.service.js';
import { ReportsContext } from './reports.context.js';
import { ReportsRepository } from './reports.repository.js';
import { RecommendationCoverageResolver, ReportsResolver } from './reports.resolver.js';
import { ReportsService } from './reports.service.js';
import { ReportsLoadersFactory } from './reports.loaders.js';
import { ReviewsRepository } from './reviews.repository.js';
import { DocumentVersions } from './share-documents.js';
import { ShareDocumentsResolver } from './share-documents.resolver.js';
import { ShareDocumentsService } from './share-documents.service.js';
import { StrategiesRepository } from './strategies.repository.js';
import { StrategiesResolver } from './strategies.resolver.js';
import { StrategiesService } from './strategies.service.js';
import { IctStrategyEntity, IctStrategyVersionEntity, StrategyReviewEntity } from './strategy.entity.js';
import { ExperienceReportEntity, ExperienceReportRevisionEntity } from './report.entity.js';

export const reportsEntities = [
  IctStrategyEntity,
  IctStrategyVersionEntity,
  StrategyReviewEntity,
  ExperienceReportEntity,
  ExperienceReportRevisionEntity,
];

@Module({
  imports: [CatalogModule, IdentityModule, DiscussionsModule, StacksModule],
  providers: [
    Clock,
    StrategiesRepository,
    ReviewsRepository,
    StrategiesService,
    ReportsLoadersFactory,
    ReportsContext,
    StrategiesResolver,
    ReportsRepository,
    ReportsService,
    ReportsResolver,
    CoverageService,
    RecommendationCoverageResolver,
    DocumentVersions,
    ShareDocumentsService,
    ShareDocumentsResolver,
  ],
  exports: [StrategiesService, ReportsService, DocumentVersions],
})
export class ReportsModule {}
