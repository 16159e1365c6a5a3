import { Extensions, Field, InputType, ObjectType } from '@nestjs/graphql';
import { OfficeModel, Visibility } from '@forum/identity';
import { IpRight, StandardImplementation } from '../standards.enums.js';

@ObjectType('WipoStandard', { description: 'A WIPO standard (ST.26 ...).' })
export class WipoStandardModel {
  @Field({ description: 'e.g. "ST.26".' })
  code!: string;

  @Field({ description: 'What the standard is about.' })
  title!: string;
}

@ObjectType('StandardStatus', {
  description: 'How far an office implements a WIPO standard for one IP right, as it reported (recommendation 7).',
})
export class StandardStatusModel {
  @Field(() => OfficeModel, { description: 'The office.' })
  office!: OfficeModel;

  @Field({ description: 'The standard, e.g. "ST.26".' })
  standard!: string;

  @Field(() => IpRight, { description: 'The IP right.' })
  ipRight!: IpRight;

  @Field(() => StandardImplementation, { description: 'How far it is implemented.' })
  status!: StandardImplementation;

  @Field(() => String, { nullable: true, description: 'With PARTLY_IMPLEMENTED: what is and is not implemented.' })
  explanation!: string | null;

  @Field(() => String, { nullable: true, description: 'With PLANNED: the ISO date it is planned for.' })
  planDate!: string | null;

  @Field(() => String, { nullable: true, description: "The office's comment." })
  comment!: string | null;

  @Field({ description: 'When the office reported it.' })
  reportedAt!: Date;

  @Field(() => Visibility, { description: 'Who may see this report.' })
  visibility!: Visibility;
}

@ObjectType('StandardsMatrix', { description: 'Offices by standards: the current status of each that may be seen.' })
export class StandardsMatrixModel {
  @Extensions({ listSize: 50 })
  @Field(() => [OfficeModel], { description: 'The offices with at least one status shown, by code.' })
  offices!: OfficeModel[];

  @Extensions({ listSize: 30 })
  @Field(() => [WipoStandardModel], { description: 'The standards (columns), in the seeded order.' })
  standards!: WipoStandardModel[];

  // For the query limits: about one status per office, standard and IP right shown.
  @Extensions({ listSize: 200 })
  @Field(() => [StandardStatusModel], { description: 'The cells: office by code, then standard, then IP right.' })
  cells!: StandardStatusModel[];
}

@InputType('StandardStatusInput', { description: "A report of how far the caller's office implements a standard." })
export class StandardStatusInput {
  @Field({ description: 'The standard, e.g. "ST.26".' })
  standard!: string;

  @Field(() => IpRight, { description: 'The IP right it is about.' })
  ipRight!: IpRight;

  @Field(() => StandardImplementation, { description: 'How far it is implemented.' })
  status!: StandardImplementation;

  @Field(() => String, { nullable: true, description: 'Required with PARTLY_IMPLEMENTED.' })
  explanation?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date; required with PLANNED.' })
  planDate?: string | null;

  @Field(() => String, { nullable: true, description: 'A comment.' })
  comment?: string | null;

  @Field(() => Visibility, { defaultValue: Visibility.COMMUNITY, description: 'Who may see this report.' })
  visibility!: Visibility;

  @Field(() => [String], {
    nullable: true,
    description: 'With OFFICES: the codes of the other offices it is shared with.',
  })
  sharedWith?: string[] | null;
}
