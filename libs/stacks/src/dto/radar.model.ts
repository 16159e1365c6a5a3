import { Extensions, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/graphql';
import { OfficeModel } from '@forum/identity';
import { ComponentStatus } from '../stack.enums.js';

/** The radar's rings: see docs/stacks.md ("The radar") for the rule. */
export enum RadarRing {
  ADOPT = 'ADOPT',
  TRIAL = 'TRIAL',
  ASSESS = 'ASSESS',
  HOLD = 'HOLD',
}

registerEnumType(RadarRing, {
  name: 'RadarRing',
  description: 'Where the offices that use a product stand with it, as a ring of the technology radar.',
  valuesMap: {
    ADOPT: { description: 'Most offices using it run it in production, and fewer are leaving it.' },
    TRIAL: { description: 'Mostly in pilots or production, not yet in production at most offices.' },
    ASSESS: { description: 'Mostly planned.' },
    HOLD: { description: 'At least as many offices are leaving it as run it in production.' },
  },
});

export enum RadarMovement {
  NEW = 'NEW',
  UP = 'UP',
  DOWN = 'DOWN',
  SAME = 'SAME',
}

registerEnumType(RadarMovement, {
  name: 'RadarMovement',
  description: "A product's ring against the previous radar edition.",
  valuesMap: {
    NEW: { description: 'Not in the previous edition.' },
    UP: { description: 'Moved towards ADOPT.' },
    DOWN: { description: 'Moved towards HOLD.' },
    SAME: { description: 'The same ring.' },
  },
});

@ObjectType('StatusCount', { description: 'How many offices have a product in one phase.' })
export class StatusCountModel {
  @Field(() => ComponentStatus, { description: 'The phase.' })
  status!: ComponentStatus;

  @Field(() => Int, { description: 'Offices with the product in this phase (only stacks the caller may see).' })
  offices!: number;
}

@ObjectType('TechnologyUse', {
  description: 'One product on the technology radar, counted over what the caller may see.',
})
export class TechnologyUseModel {
  @Field({
    description: "The normalised product; 'other' groups the products used by too few offices to be named.",
  })
  product!: string;

  @Field(() => Int, { description: 'Offices using it (only stacks the caller may see).' })
  offices!: number;

  // For the query limits: one count per phase at most.
  @Extensions({ listSize: 6 })
  @Field(() => [StatusCountModel], { description: 'Offices per phase (an office may have it in several).' })
  byStatus!: StatusCountModel[];

  @Field(() => RadarRing, { nullable: true, description: "The ring; null for 'other'." })
  ring!: RadarRing | null;

  @Field(() => RadarMovement, {
    nullable: true,
    description: "Against the previous edition's ring; null for 'other' or when there is no edition yet.",
  })
  movement!: RadarMovement | null;

  productKey!: string | null;
}

@ObjectType('WhoRunsEntry', { description: 'An office running a product (office null: counted, not named).' })
export class WhoRunsEntryModel {
  @Field(() => OfficeModel, { nullable: true, description: 'Null when the office chose not to be named.' })
  office!: OfficeModel | null;

  @Field({ description: 'The normalised product.' })
  product!: string;

  @Field(() => String, { nullable: true, description: 'The version the office runs.' })
  version!: string | null;

  @Field(() => ComponentStatus, { description: "The office's phase of it." })
  status!: ComponentStatus;

  @Field({ description: 'The layer it is used in.' })
  layer!: string;
}

@ObjectType('WhoRunsConnection', { description: 'The offices running a product, as far as the caller may see.' })
export class WhoRunsConnection extends ConnectionType(WhoRunsEntryModel, 'WhoRuns') {
  @Field({
    description:
      "True when too few visible offices use the product to name any: it counts under 'other' on the radar, and " +
      'the connection is empty.',
  })
  groupedAsOther!: boolean;
}
