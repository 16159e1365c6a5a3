import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, type Viewer } from '@forum/identity';
import { TechnologyUseModel, WhoRunsConnection } from './dto/radar.model.js';
import { RadarService } from './radar.service.js';

@Resolver()
export class RadarResolver {
  constructor(private readonly radar: RadarService) {}

  @Public()
  @Query(() => [TechnologyUseModel], {
    description:
      'The technology radar: per product, the offices using it by phase and its ring, over the stacks the caller ' +
      "may see; products used by fewer than RADAR_MIN_OFFICES of those offices are one 'other' entry.",
  })
  technologyRadar(
    @CurrentViewer() viewer: Viewer,
    @Args('layer', { type: () => String, nullable: true, description: 'Only components of this layer.' })
    layer: string | null,
    @Args('region', { type: () => String, nullable: true, description: 'Only offices of this region, e.g. "Europe".' })
    region: string | null,
  ): Promise<TechnologyUseModel[]> {
    return this.radar.technologyRadar(viewer, { layer, region });
  }

  @Public()
  @Query(() => WhoRunsConnection, {
    description:
      'Who else runs a product (normalised: "Postgres" finds PostgreSQL), with phase and version, over the stacks ' +
      'the caller may see. Offices that opted out are counted, not named.',
  })
  whoRuns(
    @CurrentViewer() viewer: Viewer,
    @Args('product', { description: 'The product, in any common spelling.' }) product: string,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'Page size, at most 100.' }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
  ): Promise<WhoRunsConnection> {
    return this.radar.whoRuns(viewer, product, { first, after });
  }
}
