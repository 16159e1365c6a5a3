import { Args, Extensions, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '@forum/core';
import { inLanguage, Language } from '@forum/graphql';
import { CatalogService } from './catalog.service.js';
import { RecommendationActionModel, RecommendationModel } from './dto/recommendation.model.js';
import { SpaceModel } from './dto/space.model.js';

const langArg = {
  name: 'lang',
  type: () => Language,
  defaultValue: Language.EN,
  description: 'Falls back to English where no rendering exists yet.',
};

@Resolver(() => RecommendationModel)
export class RecommendationResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Public()
  // The query limits count an unpaged list as 100 items unless told its size: the catalogue is fixed (CWS/12).
  @Extensions({ listSize: 10 })
  @Query(() => [RecommendationModel], { description: 'The 10 recommendations of CWS/12, in order.' })
  recommendations(): Promise<RecommendationModel[]> {
    return this.catalog.listRecommendations();
  }

  @Public()
  @ResolveField(() => String, { description: 'The recommendation as stated in the document.' })
  title(@Parent() recommendation: RecommendationModel, @Args(langArg) lang: Language): string {
    return inLanguage(recommendation.title, lang);
  }

  @Public()
  @ResolveField(() => SpaceModel, { description: 'The space where offices discuss this recommendation.' })
  space(@Parent() recommendation: RecommendationModel): SpaceModel {
    return recommendation.space;
  }
}

@Resolver(() => RecommendationActionModel)
export class RecommendationActionResolver {
  @Public()
  @ResolveField(() => String, { description: "The action's text." })
  text(@Parent() action: RecommendationActionModel, @Args(langArg) lang: Language): string {
    return inLanguage(action.text, lang);
  }

  @Public()
  @ResolveField(() => [String], { description: "The action's sub-items (i., ii. ...), empty when it has none." })
  items(@Parent() action: RecommendationActionModel, @Args(langArg) lang: Language): string[] {
    return action.items.map((item) => inLanguage(item, lang));
  }

  @Public()
  @ResolveField(() => String, { nullable: true, description: 'A footnote of the document on this action, if any.' })
  note(@Parent() action: RecommendationActionModel, @Args(langArg) lang: Language): string | null {
    return action.note ? inLanguage(action.note, lang) : null;
  }
}

@Resolver(() => SpaceModel)
export class SpaceResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Public()
  @Extensions({ listSize: 11 })
  @Query(() => [SpaceModel], { description: 'Every space: the 10 recommendation spaces in order, then "general".' })
  spaces(): Promise<SpaceModel[]> {
    return this.catalog.listSpaces();
  }

  @Public()
  @Query(() => SpaceModel, { nullable: true, description: 'A space by its slug, or null.' })
  space(
    @Args('slug', { description: 'e.g. "recommendation-8" or "general"' }) slug: string,
  ): Promise<SpaceModel | null> {
    return this.catalog.spaceBySlug(slug);
  }
}
