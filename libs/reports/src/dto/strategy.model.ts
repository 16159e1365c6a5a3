import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, Language } from '@forum/graphql';
import { Visibility } from '@forum/identity';
import { GoalStatus, StrategyStatus } from '../report.enums.js';

@ObjectType('GoalStatusEntry', { description: "One goal's status in a yearly review." })
export class GoalStatusModel {
  @Field({ description: 'The goal, as the strategy names it.' })
  goal!: string;

  @Field(() => GoalStatus, { description: 'Where it stood that year.' })
  status!: GoalStatus;

  @Field(() => String, { nullable: true, description: 'A remark on it.' })
  note!: string | null;
}

@ObjectType('StrategyReview', {
  description: "A strategy's yearly evaluation (recommendation 2: evaluate every year).",
})
export class StrategyReviewModel {
  @Field(() => ID, { description: "The review's id." })
  id!: string;

  @Field(() => Int, { description: 'The year evaluated.' })
  year!: number;

  @Field({ description: 'The evaluation.' })
  summary!: string;

  @Field({ description: 'What changed in the strategy or its execution that year (may be empty).' })
  whatChanged!: string;

  @Field(() => [GoalStatusModel], { description: "Each goal's status that year." })
  goalStatuses!: GoalStatusModel[];

  @Field({ description: 'When the review was written.' })
  createdAt!: Date;

  strategyId!: string;
}

@ObjectType('IctStrategyVersion', { description: 'One published text of an ICT strategy; earlier ones stay readable.' })
export class IctStrategyVersionModel {
  @Field(() => ID, { description: "The version's id (for strategyDiff)." })
  id!: string;

  @Field(() => Int, { description: '1 for the first publication, then one more per update.' })
  version!: number;

  @Field({ description: 'The title of this version.' })
  title!: string;

  @Field(() => Int, { description: 'First year of the period.' })
  periodStart!: number;

  @Field(() => Int, { description: 'Last year of the period.' })
  periodEnd!: number;

  @Field(() => Language, { description: 'The language it is written in.' })
  language!: Language;

  @Field({ description: 'The summary of this version.' })
  summary!: string;

  @Field({ description: 'The text of this version, in Markdown.' })
  body!: string;

  @Field(() => [String], { description: 'The pillars or goals of this version.' })
  goals!: string[];

  @Field({ description: 'When this version was published.' })
  createdAt!: Date;

  strategyId!: string;
}

@ObjectType('IctStrategy', {
  description: "An office's ICT strategy (recommendation 2), with its versions and reviews.",
})
export class IctStrategyModel {
  @Field(() => ID, { description: "The strategy's id." })
  id!: string;

  @Field({ description: 'The title of the current version.' })
  title!: string;

  @Field(() => Int, { description: 'First year of the period.' })
  periodStart!: number;

  @Field(() => Int, { description: 'Last year of the period.' })
  periodEnd!: number;

  @Field(() => Language, { description: 'The language it is written in.' })
  language!: Language;

  @Field({ description: 'A short summary.' })
  summary!: string;

  @Field({ description: 'The strategy, in Markdown.' })
  body!: string;

  @Field(() => [String], { description: 'The pillars or goals, in order.' })
  goals!: string[];

  @Field(() => Int, { description: 'The number of the current version.' })
  version!: number;

  @Field(() => StrategyStatus, { description: 'Where it stands against the calendar (this year, in UTC).' })
  status!: StrategyStatus;

  @Field(() => Visibility, { description: 'Who may see it, its versions, reviews and thread.' })
  visibility!: Visibility;

  @Field({ description: 'When it was first published.' })
  createdAt!: Date;

  @Field({ description: 'When its latest version was published.' })
  updatedAt!: Date;

  officeId!: string;
  authorId!: string;
  threadId!: string;
  sharedWithOfficeIds!: string[];
}

@ObjectType('IctStrategyConnection', { description: 'A page of ICT strategies.' })
export class IctStrategyConnection extends ConnectionType(IctStrategyModel, 'IctStrategy') {}

export enum DiffLineKind {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(DiffLineKind, {
  name: 'DiffLineKind',
  description: 'How a line of the body differs between two versions.',
  valuesMap: {
    SAME: { description: 'In both versions.' },
    ADDED: { description: 'Only in the later version.' },
    REMOVED: { description: 'Only in the earlier version.' },
  },
});

@ObjectType('DiffLine', { description: 'A line of a text diff.' })
export class DiffLineModel {
  @Field(() => DiffLineKind, { description: 'In both, added or removed.' })
  kind!: DiffLineKind;

  @Field({ description: 'The line.' })
  text!: string;
}

@ObjectType('StrategyFieldChange', { description: 'A field whose value differs between two versions.' })
export class StrategyFieldChangeModel {
  @Field({ description: 'The field: title, periodStart, periodEnd, language, summary, goals or body.' })
  field!: string;

  @Field({ description: 'Its value in the earlier version (lists one item a line).' })
  before!: string;

  @Field({ description: 'Its value in the later version.' })
  after!: string;
}

@ObjectType('StrategyDiff', { description: 'What changed between two versions of one strategy.' })
export class StrategyDiffModel {
  @Field(() => IctStrategyVersionModel, { description: 'The version compared from.' })
  from!: IctStrategyVersionModel;

  @Field(() => IctStrategyVersionModel, { description: 'The version compared to.' })
  to!: IctStrategyVersionModel;

  @Field(() => [StrategyFieldChangeModel], { description: 'The fields that differ, body included.' })
  changes!: StrategyFieldChangeModel[];

  @Field(() => [DiffLineModel], { description: 'The body line by line: kept, removed and added lines in order.' })
  bodyDiff!: DiffLineModel[];
}
