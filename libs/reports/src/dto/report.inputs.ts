import { ArgsType, Field, InputType, Int, IntersectionType } from '@nestjs/graphql';
import { Language, PageArgs } from '@forum/graphql';
import { Visibility } from '@forum/identity';
import { BudgetBand, DeliveryModel, ProjectPhase, TeamSizeBand, WouldDoAgain } from '../report.enums.js';

@InputType('ExperienceReportEditInput', { description: "A report's typed content (also what an edit replaces)." })
export class ExperienceReportEditInput {
  @Field({ description: 'The project, 3 to 200 characters.' })
  projectName!: string;

  @Field(() => DeliveryModel, { description: 'In house, external or both.' })
  deliveryModel!: DeliveryModel;

  @Field(() => [ProjectPhase], { description: 'The phases it speaks about.' })
  phases!: ProjectPhase[];

  @Field(() => [Int], { description: "Recommendations 1-10, at least one; the first decides the thread's space." })
  recommendations!: number[];

  @Field(() => [String], { nullable: true, description: 'Technologies used (at most 30).' })
  technologies?: string[] | null;

  @Field({ description: 'What came of it (Markdown).' })
  outcome!: string;

  @Field({ description: 'What the office learned (Markdown, not empty).' })
  lessonsLearned!: string;

  @Field(() => Int, { nullable: true, description: 'Planned duration in months (0-600).' })
  plannedMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'Actual duration in months (0-600).' })
  actualMonths?: number | null;

  @Field(() => BudgetBand, { nullable: true, description: 'The budget band.' })
  budgetBand?: BudgetBand | null;

  @Field(() => TeamSizeBand, { nullable: true, description: 'The team size band.' })
  teamSizeBand?: TeamSizeBand | null;

  @Field(() => String, { nullable: true, description: 'How the work was sourced (Markdown).' })
  sourcingNotes?: string | null;

  @Field(() => WouldDoAgain, { nullable: true, description: 'Would the office do it this way again?' })
  wouldDoAgain?: WouldDoAgain | null;
}

@InputType('ExperienceReportInput', {
  description: 'A new experience report; it opens its thread (kind EXPERIENCE_REPORT) in its first recommendation.',
})
export class ExperienceReportInput extends ExperienceReportEditInput {
  @Field({ description: 'The title of the report and its thread, 3 to 200 characters.' })
  title!: string;

  @Field(() => Language, { defaultValue: Language.EN, description: 'The language it is written in.' })
  language!: Language;

  @Field(() => Visibility, { defaultValue: Visibility.COMMUNITY, description: 'Who may see it and its thread.' })
  visibility!: Visibility;

  @Field(() => [String], {
    nullable: true,
    description: 'With OFFICES: the codes of the other offices it is shared with.',
  })
  sharedWith?: string[] | null;

  @Field(() => [String], { nullable: true, description: "The thread's tags: lower-case slugs, at most 10." })
  tags?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same value returns the first report instead of a second one.',
  })
  clientMutationId?: string | null;
}

/** The filters of experienceReports and experienceReportStats, written once. */
@ArgsType()
export class ExperienceReportFilterArgs {
  @Field(() => DeliveryModel, { nullable: true, description: 'Only this delivery model.' })
  deliveryModel?: DeliveryModel | null;

  @Field(() => ProjectPhase, { nullable: true, description: 'Only reports speaking about this phase.' })
  phase?: ProjectPhase | null;

  @Field(() => Int, { nullable: true, description: 'Only reports speaking to this recommendation (1-10).' })
  recommendation?: number | null;

  @Field(() => String, { nullable: true, description: 'Only reports naming this technology (any case or spacing).' })
  technology?: string | null;

  @Field(() => String, { nullable: true, description: 'Only reports of this office (its code).' })
  officeCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only reports of offices of this region.' })
  region?: string | null;

  @Field(() => Language, { nullable: true, description: 'Only reports written in this language.' })
  language?: Language | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only projects that took longer than planned; false: only those that did not (both durations known).',
  })
  overrun?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only reports whose title, project, outcome or lessons contain this.',
  })
  text?: string | null;
}

/** The same filters, paged. */
@ArgsType()
export class ExperienceReportsArgs extends IntersectionType(ExperienceReportFilterArgs, PageArgs(20), ArgsType) {}
