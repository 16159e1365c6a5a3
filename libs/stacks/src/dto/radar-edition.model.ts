import { Extensions, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RadarMovement, RadarRing } from './radar.model.js';

@ObjectType('RadarEditionEntry', { description: 'A product as an edition of the radar recorded it.' })
export class RadarEditionEntryModel {
  @Field({ description: 'The normalised product.' })
  product!: string;

  @Field(() => RadarRing, { description: 'Its ring in this edition.' })
  ring!: RadarRing;

  @Field(() => Int, { description: 'Offices using it in this edition.' })
  offices!: number;

  @Field(() => RadarMovement, { description: 'Against the edition before.' })
  movement!: RadarMovement;
}

@ObjectType('RadarEdition', {
  description:
    'An edition of the technology radar, taken once a year and on demand by an admin, over the stacks every ' +
    'member may see (PUBLIC and COMMUNITY); products of too few offices are not recorded, and no office is named.',
})
export class RadarEditionModel {
  @Field(() => ID, { description: "The edition's id." })
  id!: string;

  @Field({ description: '"2027" for a yearly edition; the time it was taken for one on demand.' })
  name!: string;

  @Field({ description: 'True for the yearly edition.' })
  yearly!: boolean;

  @Field({ description: 'When it was taken.' })
  takenAt!: Date;

  // For the query limits' cost walk: a typical radar.
  @Extensions({ listSize: 50 })
  @Field(() => [RadarEditionEntryModel], { description: 'Its products, most used first.' })
  entries!: RadarEditionEntryModel[];
}
