import { Field, ObjectType } from '@nestjs/graphql';
import { OfficeModel } from '@forum/identity';
import { RoadmapItemModel } from './stack.model.js';

@ObjectType('DecommissionEntry', {
  description: "A component's retirement or its vendor's end of support, on the decommission calendar.",
})
export class DecommissionEntryModel {
  @Field(() => OfficeModel, { description: 'The office running the component.' })
  office!: OfficeModel;

  @Field({ description: 'The layer of the component.' })
  layer!: string;

  @Field({ description: 'The normalised product.' })
  product!: string;

  @Field(() => String, { nullable: true, description: 'The version the office runs.' })
  version!: string | null;

  @Field({ description: 'ISO date.' })
  date!: string;

  @Field({ description: "OFFICE_RETIREMENT (the office's date) or VENDOR_END_OF_SUPPORT." })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The product replacing it, if the office named one.' })
  successor!: string | null;

  @Field(() => RoadmapItemModel, { nullable: true, description: 'The roadmap item about this component, if any.' })
  roadmapItem!: RoadmapItemModel | null;

  @Field({
    description: "True when the vendor's support ends before the office's planned retirement (or with none planned).",
  })
  obsolescenceWarning!: boolean;

  officeId!: string;
  /** Stable across versions of a stack for one component and reason: the iCalendar UID. */
  uid!: string;
}

@ObjectType('CalendarFeed', { description: 'A personal address of the decommission calendar for calendar apps.' })
export class CalendarFeedModel {
  @Field({ description: 'The token: shown once; a new one replaces it.' })
  token!: string;

  @Field({ description: 'The feed path with the token, relative to the API: add it to a calendar app.' })
  path!: string;
}
