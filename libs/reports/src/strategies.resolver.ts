import { Args, Context, Extensions, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { loadOrFail } from '@forum/core';
import { ThreadModel } from '@forum/discussions';
import { notFound, type ForumContext } from '@forum/graphql';
import { CurrentMember, CurrentViewer, OfficeModel, Public, Role, Roles, SignedIn, type Viewer } from '@forum/identity';
import {
  IctStrategiesArgs,
  IctStrategyInput,
  IctStrategyUpdateInput,
  StrategyReviewInput,
} from './dto/strategy.inputs.js';
import {
  IctStrategyConnection,
  IctStrategyModel,
  IctStrategyVersionModel,
  StrategyDiffModel,
  StrategyReviewModel,
} from './dto/strategy.model.js';
import { ShareVisibilityInput } from './dto/visibility.inputs.js';
import { StrategiesService } from './strategies.service.js';

@Resolver(() => IctStrategyModel)
export class StrategiesResolver {
  constructor(private readonly strategies: StrategiesService) {}

  @Public()
  @Query(() => IctStrategyConnection, {
    description: 'The ICT strategies the caller may see, newest update first.',
  })
  ictStrategies(@Args() args: IctStrategiesArgs, @CurrentViewer() viewer: Viewer) {
    return this.strategies.browse(viewer, args);
  }

  @Public()
  @Query(() => IctStrategyModel, {
    nullable: true,
    description: 'An ICT strategy; NOT_FOUND when it does not exist or may not be seen.',
  })
  ictStrategy(
    @Args('id', { type: () => ID, description: "The strategy's id." }) id: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.strategies.strategy(viewer, id);
  }

  @Public()
  @Query(() => StrategyDiffModel, {
    description: 'What changed between two versions of one strategy; NOT_FOUND for a version that may not be seen.',
  })
  strategyDiff(
    @Args('from', { type: () => ID, description: 'The earlier version (IctStrategyVersion.id).' }) from: string,
    @Args('to', { type: () => ID, description: 'The later version (IctStrategyVersion.id).' }) to: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.strategies.diff(viewer, from, to);
  }

  @Roles(Role.OFFICE_ADMIN, Role.ADMIN)
  @Extensions({ listSize: 20 })
  @Query(() => [IctStrategyModel], {
    description: "The caller's office's strategies with no review for the past year (office admins).",
  })
  strategiesDueForReview(@CurrentMember() viewer: NonNullable<Viewer>) {
    return this.strategies.dueForReview(viewer);
  }

  @SignedIn()
  @Mutation(() => IctStrategyModel, {
    description:
      'Publishes an ICT strategy with its thread (kind ICT_STRATEGY, in recommendation-2), in one transaction.',
  })
  publishIctStrategy(
    @Args('input', { description: 'The strategy.' }) input: IctStrategyInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.strategies.publish(viewer, input);
  }

  @SignedIn()
  @Mutation(() => IctStrategyModel, {
    description: 'Publishes a new version of a strategy (members of its office); earlier versions stay readable.',
  })
  updateIctStrategy(
    @Args('input', { description: 'The new text.' }) input: IctStrategyUpdateInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.strategies.update(viewer, input);
  }

  @SignedIn()
  @Mutation(() => IctStrategyModel, {
    description: 'Changes who may see a strategy, its versions, reviews and thread, together (members of its office).',
  })
  setIctStrategyVisibility(
    @Args('input', { description: 'The strategy and its new visibility.' }) input: ShareVisibilityInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.strategies.setVisibility(viewer, input);
  }

  @SignedIn()
  @Mutation(() => IctStrategyModel, {
    description: "Adds a strategy's yearly review (members of its office): one per year, inside the period.",
  })
  addStrategyReview(
    @Args('input', { description: 'The review.' }) input: StrategyReviewInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.strategies.addReview(viewer, input);
  }

  @Public()
  @ResolveField(() => ThreadModel, { description: 'Its discussion: kind ICT_STRATEGY, in space recommendation-2.' })
  thread(@Parent() strategy: IctStrategyModel, @Context() { loaders }: ForumContext) {
    return loadOrFail(loaders.discussions.threads, strategy.threadId, () => notFound('Thread not found'));
  }

  @Public()
  @ResolveField(() => OfficeModel, { description: 'The office that shares it.' })
  office(@Parent() strategy: IctStrategyModel, @Context() { loaders }: ForumContext) {
    return loadOrFail(loaders.identity.offices, strategy.officeId, () => notFound('Office not found'));
  }

  @Public()
  @ResolveField(() => [OfficeModel], { description: 'With OFFICES: the other offices it is shared with.' })
  async sharedWith(@Parent() strategy: IctStrategyModel, @Context() { loaders }: ForumContext) {
    const offices = await loaders.identity.offices.loadMany(strategy.sharedWithOfficeIds);
    return offices.filter((office): office is OfficeModel => office !== null && !(office instanceof Error));
  }

  @Public()
  @Extensions({ listSize: 20 })
  @ResolveField(() => [StrategyReviewModel], { description: 'The yearly reviews, newest first.' })
  reviews(@Parent() strategy: IctStrategyModel, @Context() { loaders }: ForumContext) {
    return loaders.reports.strategyReviews.load(strategy.id);
  }

  @Public()
  @Extensions({ listSize: 20 })
  @ResolveField(() => [IctStrategyVersionModel], { description: 'Every published version, oldest first.' })
  versions(@Parent() strategy: IctStrategyModel, @Context() { loaders }: ForumContext) {
    return loaders.reports.strategyVersions.load(strategy.id);
  }
}
