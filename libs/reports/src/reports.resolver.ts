import { Args, Context, Extensions, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RecommendationModel } from '@forum/catalog';
import { loadOrFail } from '@forum/core';
import { ThreadModel } from '@forum/discussions';
import { notFound, type ForumContext } from '@forum/graphql';
import { CurrentMember, CurrentViewer, OfficeModel, Public, SignedIn, type Viewer } from '@forum/identity';
import { RecommendationCoverageModel } from './dto/coverage.model.js';
import {
  ExperienceReportEditInput,
  ExperienceReportFilterArgs,
  ExperienceReportInput,
  ExperienceReportsArgs,
} from './dto/report.inputs.js';
import {
  ExperienceReportConnection,
  ExperienceReportModel,
  ExperienceReportRevisionModel,
  ExperienceReportStatsModel,
} from './dto/report.model.js';
import { ShareVisibilityInput } from './dto/visibility.inputs.js';
import { ReportsService } from './reports.service.js';

@Resolver(() => ExperienceReportModel)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Public()
  @Query(() => ExperienceReportConnection, {
    description: 'The experience reports the caller may see, newest change first.',
  })
  experienceReports(@Args() args: ExperienceReportsArgs, @CurrentViewer() viewer: Viewer) {
    return this.reports.browse(viewer, args);
  }

  @Public()
  @Query(() => ExperienceReportStatsModel, {
    description: 'Figures over the reports a filter matches, counted only over what the caller may see.',
  })
  experienceReportStats(@Args() args: ExperienceReportFilterArgs, @CurrentViewer() viewer: Viewer) {
    return this.reports.stats(viewer, args);
  }

  @Public()
  @Query(() => ExperienceReportModel, {
    nullable: true,
    description: 'An experience report; NOT_FOUND when it does not exist or may not be seen.',
  })
  experienceReport(
    @Args('id', { type: () => ID, description: "The report's id." }) id: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.reports.report(viewer, id);
  }

  @SignedIn()
  @Mutation(() => ExperienceReportModel, {
    description: 'Posts an experience report with its thread (in its first recommendation), in one transaction.',
  })
  postExperienceReport(
    @Args('input', { description: 'The report.' }) input: ExperienceReportInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.reports.post(viewer, input);
  }

  @SignedIn()
  @Mutation(() => ExperienceReportModel, {
    description: "Replaces a report's content (members of its office); the earlier content is kept as a revision.",
  })
  editExperienceReport(
    @Args('id', { type: () => ID, description: 'The report.' }) id: string,
    @Args('input', { description: 'The new content.' }) input: ExperienceReportEditInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.reports.edit(viewer, id, input);
  }

  @SignedIn()
  @Mutation(() => ExperienceReportModel, {
    description: 'Changes who may see a report, its revisions and its thread, together (members of its office).',
  })
  setExperienceReportVisibility(
    @Args('input', { description: 'The report and its new visibility.' }) input: ShareVisibilityInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.reports.setVisibility(viewer, input);
  }

  @Public()
  @ResolveField(() => ThreadModel, {
    description: 'Its discussion: kind EXPERIENCE_REPORT, in the space of its first recommendation.',
  })
  thread(@Parent() report: ExperienceReportModel, @Context() { loaders }: ForumContext) {
    return loadOrFail(loaders.discussions.threads, report.threadId, () => notFound('Thread not found'));
  }

  @Public()
  @ResolveField(() => OfficeModel, { description: 'The office that shares it.' })
  office(@Parent() report: ExperienceReportModel, @Context() { loaders }: ForumContext) {
    return loadOrFail(loaders.identity.offices, report.officeId, () => notFound('Office not found'));
  }

  @Public()
  @ResolveField(() => [OfficeModel], { description: 'With OFFICES: the other offices it is shared with.' })
  async sharedWith(@Parent() report: ExperienceReportModel, @Context() { loaders }: ForumContext) {
    const offices = await loaders.identity.offices.loadMany(report.sharedWithOfficeIds);
    return offices.filter((office): office is OfficeModel => office !== null && !(office instanceof Error));
  }

  @Public()
  @Extensions({ listSize: 20 })
  @ResolveField(() => [ExperienceReportRevisionModel], { description: 'Earlier contents, oldest first.' })
  revisions(@Parent() report: ExperienceReportModel, @Context() { loaders }: ForumContext) {
    return loaders.reports.reportRevisions.load(report.id);
  }
}

/** Recommendation.coverage, added to the catalogue's type from here (the catalogue knows nothing of reports). */
@Resolver(() => RecommendationModel)
export class RecommendationCoverageResolver {
  @Public()
  @ResolveField(() => RecommendationCoverageModel, {
    description:
      'How many offices shared strategies, reports and threads for it, counted over what the caller may see.',
  })
  coverage(@Parent() recommendation: RecommendationModel, @Context() { loaders }: ForumContext) {
    return loaders.reports.coverage.load({ number: recommendation.number, spaceId: recommendation.space.id });
  }
}
