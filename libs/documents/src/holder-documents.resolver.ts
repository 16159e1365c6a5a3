import { Context, Extensions, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { ForumContext } from '@forum/graphql';
import { Public } from '@forum/identity';
import { ExperienceReportModel, IctStrategyModel } from '@forum/reports';
import { DocumentModel } from './dto/document.model.js';
import { DocumentVersionModel } from './dto/document-version.model.js';

/** A page of versions counts as this many for the query cost: strategies are revised yearly or so. */
const VERSIONS_LIST_SIZE = 20;

/**
 * Adds the document versions to reports' IctStrategy. Public: a strategy reaches a response only through reports'
 * visibility checks, and its documents have its visibility.
 */
@Resolver(() => IctStrategyModel)
export class StrategyDocumentsResolver {
  @Public()
  @Extensions({ listSize: VERSIONS_LIST_SIZE })
  @ResolveField(() => [DocumentVersionModel], {
    description: "Its document's versions, newest first (addIctStrategyDocument); the strategy's visibility.",
  })
  documentVersions(@Parent() strategy: IctStrategyModel, @Context() { loaders }: ForumContext) {
    return loaders.documents.versionsOfStrategy.load(strategy.id);
  }

  @Public()
  @ResolveField(() => DocumentModel, { nullable: true, description: "Its document's newest version; null if none." })
  async document(@Parent() strategy: IctStrategyModel, @Context() { loaders }: ForumContext) {
    return (await loaders.documents.versionsOfStrategy.load(strategy.id))[0]?.document ?? null;
  }
}

/** Adds the document versions to reports' ExperienceReport, as for strategies. */
@Resolver(() => ExperienceReportModel)
export class ReportDocumentsResolver {
  @Public()
  @Extensions({ listSize: VERSIONS_LIST_SIZE })
  @ResolveField(() => [DocumentVersionModel], {
    description: "Its document's versions, newest first (addExperienceReportDocument); the report's visibility.",
  })
  documentVersions(@Parent() report: ExperienceReportModel, @Context() { loaders }: ForumContext) {
    return loaders.documents.versionsOfReport.load(report.id);
  }

  @Public()
  @ResolveField(() => DocumentModel, { nullable: true, description: "Its document's newest version; null if none." })
  async document(@Parent() report: ExperienceReportModel, @Context() { loaders }: ForumContext) {
    return (await loaders.documents.versionsOfReport.load(report.id))[0]?.document ?? null;
  }
}
