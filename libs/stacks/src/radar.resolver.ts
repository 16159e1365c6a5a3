import { Args, Extensions, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentMember, CurrentViewer, Public, Role, Roles, SignedIn, type Viewer } from '@forum/identity';
import { RadarEditionModel } from './dto/radar-edition.model.js';
import { TechnologyUseModel, WhoRunsConnection } from './dto/radar.model.js';
import { RadarEditionsService } from './radar-editions.service.js';
import { RadarService } from './radar.service.js';

@Resolver()
export class RadarResolver {
  constructor(
    private readonly radar: RadarService,
    private readonly editions: RadarEditionsService,
  ) {}

  @SignedIn()
  @Extensions({ listSize: 20 })
  @Query(() => [RadarEditionModel], {
    description: 'The editions of the radar, newest first (the last 20): yearly ones and those admins took.',
  })
  radarEditions(): Promise<RadarEditionModel[]> {
    return this.editions.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => RadarEditionModel, {
    description: 'Admins: takes an edition of the radar now; movement is then measured from it.',
  })
  takeRadarSnapshot(@CurrentMember() viewer: NonNullable<Viewer>): Promise<RadarEditionModel> {
    return this.editions.takeOnDemand(viewer);
  }

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
