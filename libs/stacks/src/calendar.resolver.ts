import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentMember, CurrentViewer, Public, SignedIn, type Viewer } from '@forum/identity';
import { CalendarService } from './calendar.service.js';
import { CalendarFeedModel, DecommissionEntryModel } from './dto/calendar.model.js';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Public()
  @Query(() => [DecommissionEntryModel], {
    description:
      'Every retirement and vendor end of support dated in the range, across the stacks the caller may see, with ' +
      'its roadmap item and successor; also GET /api/calendar/decommissions.ics.',
  })
  decommissionCalendar(
    @Args('from', { description: 'ISO date, inclusive.' }) from: string,
    @Args('to', { description: 'ISO date, inclusive; at most ten years after from.' }) to: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<DecommissionEntryModel[]> {
    return this.calendar.entries(viewer, from, to);
  }

  @SignedIn()
  @Mutation(() => CalendarFeedModel, {
    description: 'A personal address of the decommission calendar for calendar apps; the previous one stops working.',
  })
  createCalendarFeed(@CurrentMember() viewer: NonNullable<Viewer>): Promise<CalendarFeedModel> {
    return this.calendar.newFeedToken(viewer);
  }
}
