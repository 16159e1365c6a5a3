import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Language, PageArgs } from '@forum/graphql';
import { Visibility } from '@forum/identity';
import { GoalStatus } from '../report.enums.js';

@InputType('IctStrategyInput', { description: 'A new ICT strategy; it opens its thread in recommendation-2.' })
export class IctStrategyInput {
  @Field({ description: 'The title, 3 to 200 characters.' })
  title!: string;

  @Field(() => Int, { description: 'First year of the period (1990-2100).' })
  periodStart!: number;

  @Field(() => Int, { description: 'Last year of the period, not before periodStart (1990-2100).' })
  periodEnd!: number;

  @Field(() => Language, { defaultValue: Language.EN, description: 'The language it is written in.' })
  language!: Language;

  @Field({ description: 'A short summary (Markdown, at most 8 KiB).' })
  summary!: string;

  @Field({ description: 'The strategy, in Markdown (at most 64 KiB).' })
  body!: string;

  @Field(() => [String], { nullable: true, description: 'The pillars or goals, in order (at most 30).' })
  goals?: string[] | null;

  @Field(() => Visibility, {
    defaultValue: Visibility.COMMUNITY,
    description: 'Who may see it, its versions, reviews and thread.',
  })
  visibility!: Visibility;

  @Field(() => [String], {
    nullable: true,
    description: 'With OFFICES: the codes of the other offices it is shared with.',
  })
  sharedWith?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same value returns the first strategy instead of a second one.',
  })
  clientMutationId?: string | null;
}

@InputType('IctStrategyUpdateInput', {
  description: 'A new version of a strategy: the whole text as it now reads. The earlier version stays readable.',
})
export class IctStrategyUpdateInput {
  @Field(() => ID, { description: 'The strategy.' })
  strategyId!: string;

  @Field({ description: 'The title, 3 to 200 characters.' })
  title!: string;

  @Field(() => Int, { description: 'First year of the period (1990-2100).' })
  periodStart!: number;

  @Field(() => Int, { description: 'Last year of the period, not before periodStart.' })
  periodEnd!: number;

  @Field(() => Language, { defaultValue: Language.EN, description: 'The language it is written in.' })
  language!: Language;

  @Field({ description: 'A short summary (Markdown, at most 8 KiB).' })
  summary!: string;

  @Field({ description: 'The strategy, in Markdown (at most 64 KiB).' })
  body!: string;

  @Field(() => [String], { nullable: true, description: 'The pillars or goals, in order (at most 30).' })
  goals?: string[] | null;
}

@InputType('GoalStatusInput', { description: "One goal's status in a review." })
export class GoalStatusInput {
  @Field({ description: 'The goal.' })
  goal!: string;

  @Field(() => GoalStatus, { description: 'Where it stood that year.' })
  status!: GoalStatus;

  @Field(() => String, { nullable: true, description: 'A remark on it.' })
  note?: string | null;
}

@InputType('StrategyReviewInput', { description: "A strategy's yearly evaluation: one per year." })
export class StrategyReviewInput {
  @Field(() => ID, { description: 'The strategy.' })
  strategyId!: string;

  @Field(() => Int, { description: 'The year evaluated: in the period, or the year just before or after it.' })
  year!: number;

  @Field({ description: 'The evaluation (Markdown, at most 64 KiB).' })
  summary!: string;

  @Field(() => String, { nullable: true, description: 'What changed in the strategy or its execution.' })
  whatChanged?: string | null;

  @Field(() => [GoalStatusInput], { nullable: true, description: "Each goal's status that year." })
  goalStatuses?: GoalStatusInput[] | null;
}

@ArgsType()
export class IctStrategiesArgs extends PageArgs(20) {
  @Field(() => String, { nullable: true, description: 'Only strategies of this office (its code).' })
  officeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only strategies of offices of this region.' })
  region?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only strategies whose period contains this year.' })
  year?: number | null;

  @Field(() => Language, { nullable: true, description: 'Only strategies written in this language.' })
  language?: Language | null;

  @Field(() => String, { nullable: true, description: 'Only strategies whose title, summary or text contains this.' })
  text?: string | null;
}
