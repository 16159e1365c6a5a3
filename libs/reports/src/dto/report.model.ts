import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, Language } from '@forum/graphql';
import { Visibility } from '@forum/identity';
import { BudgetBand, DeliveryModel, ProjectPhase, TeamSizeBand, WouldDoAgain } from '../report.enums.js';

@ObjectType('ExperienceReport', {
  description: 'Lessons learned on an ICT project (recommendation 9, and the others it speaks to), typed to compare.',
})
export class ExperienceReportModel {
  @Field(() => ID, { description: "The report's id." })
  id!: string;

  @Field({ description: 'The title of the report (and of its thread).' })
  title!: string;

  @Field({ description: 'The project it reports on.' })
  projectName!: string;

  @Field(() => DeliveryModel, { description: 'In house, external or both.' })
  deliveryModel!: DeliveryModel;

  @Field(() => [ProjectPhase], { description: 'The phases it speaks about.' })
  phases!: ProjectPhase[];

  @Field(() => [Int], { description: 'The recommendations (1-10) it speaks to; the first decides its space.' })
  recommendations!: number[];

  @Field(() => [String], { description: 'Technologies used, as written (compared case- and space-insensitively).' })
  technologies!: string[];

  @Field({ description: 'What came of it (Markdown).' })
  outcome!: string;

  @Field({ description: 'What the office learned (Markdown).' })
  lessonsLearned!: string;

  @Field(() => Int, { nullable: true, description: 'Planned duration in months.' })
  plannedMonths!: number | null;

  @Field(() => Int, { nullable: true, description: 'Actual duration in months.' })
  actualMonths!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'actualMonths - plannedMonths when both are known (positive: an overrun).',
  })
  overrunMonths!: number | null;

  @Field(() => BudgetBand, { nullable: true, description: 'The budget band.' })
  budgetBand!: BudgetBand | null;

  @Field(() => TeamSizeBand, { nullable: true, description: 'The team size band.' })
  teamSizeBand!: TeamSizeBand | null;

  @Field(() => String, { nullable: true, description: 'How the work was sourced: contracts, providers, staffing.' })
  sourcingNotes!: string | null;

  @Field(() => WouldDoAgain, { nullable: true, description: 'Whether the office would do it this way again.' })
  wouldDoAgain!: WouldDoAgain | null;

  @Field(() => Language, { description: 'The language it is written in.' })
  language!: Language;

  @Field(() => Visibility, { description: 'Who may see it and its thread.' })
  visibility!: Visibility;

  @Field({ description: 'When it was posted.' })
  createdAt!: Date;

  @Field({ description: 'When it was last changed.' })
  updatedAt!: Date;

  officeId!: string;
  authorId!: string;
  threadId!: string;
  sharedWithOfficeIds!: string[];
}

@ObjectType('ExperienceReportConnection', { description: 'A page of experience reports.' })
export class ExperienceReportConnection extends ConnectionType(ExperienceReportModel, 'ExperienceReport') {}

@ObjectType('ExperienceReportRevision', { description: "A report's typed content as it was before an edit." })
export class ExperienceReportRevisionModel {
  @Field(() => ID, { description: "The revision's id." })
  id!: string;

  @Field({ description: 'The project, as it was.' })
  projectName!: string;

  @Field(() => DeliveryModel, { description: 'The delivery model, as it was.' })
  deliveryModel!: DeliveryModel;

  @Field(() => [ProjectPhase], { description: 'The phases, as they were.' })
  phases!: ProjectPhase[];

  @Field(() => [Int], { description: 'The recommendations, as they were.' })
  recommendations!: number[];

  @Field(() => [String], { description: 'The technologies, as they were.' })
  technologies!: string[];

  @Field({ description: 'The outcome, as it was.' })
  outcome!: string;

  @Field({ description: 'The lessons learned, as they were.' })
  lessonsLearned!: string;

  @Field(() => Int, { nullable: true, description: 'The planned duration in months, as it was.' })
  plannedMonths!: number | null;

  @Field(() => Int, { nullable: true, description: 'The actual duration in months, as it was.' })
  actualMonths!: number | null;

  @Field(() => BudgetBand, { nullable: true, description: 'The budget band, as it was.' })
  budgetBand!: BudgetBand | null;

  @Field(() => TeamSizeBand, { nullable: true, description: 'The team size band, as it was.' })
  teamSizeBand!: TeamSizeBand | null;

  @Field(() => String, { nullable: true, description: 'The sourcing notes, as they were.' })
  sourcingNotes!: string | null;

  @Field(() => WouldDoAgain, { nullable: true, description: 'Would do again, as it was.' })
  wouldDoAgain!: WouldDoAgain | null;

  @Field({ description: 'When that content had been written.' })
  writtenAt!: Date;

  @Field({ description: 'When it was replaced.' })
  replacedAt!: Date;
}

@ObjectType('DeliveryModelCount', { description: 'How many reports have a delivery model.' })
export class DeliveryModelCountModel {
  @Field(() => DeliveryModel, { description: 'The delivery model.' })
  deliveryModel!: DeliveryModel;

  @Field(() => Int, { description: 'Reports with it.' })
  count!: number;
}

@ObjectType('ExperienceReportStats', {
  description: 'Figures over the reports a filter matches, among what the caller may see.',
})
export class ExperienceReportStatsModel {
  @Field(() => Int, { description: 'Reports matched.' })
  count!: number;

  @Field(() => [DeliveryModelCountModel], { description: 'Reports per delivery model (every model, zero included).' })
  byDeliveryModel!: DeliveryModelCountModel[];

  @Field(() => Int, { description: 'Reports with both planned and actual durations.' })
  withDurations!: number;

  @Field(() => Int, { description: 'Reports whose actual duration exceeded the planned one.' })
  overrun!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The median of actualMonths - plannedMonths over the reports with both; null when none has.',
  })
  medianOverrunMonths!: number | null;
}
