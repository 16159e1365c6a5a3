import { Field, InputType } from '@nestjs/graphql';
import { Visibility } from '@forum/identity';
import { ComponentStatus, Hosting } from '../stack.enums.js';

@InputType('StackComponentInput', { description: 'One component of a technology stack.' })
export class StackComponentInput {
  @Field({ description: 'e.g. "search", "document management", "filing", "cloud", "AI".' })
  layer!: string;

  @Field({
    description: 'e.g. "Elasticsearch", "PostgreSQL": compared after normalisation ("Postgres" is PostgreSQL).',
  })
  product!: string;

  @Field(() => String, { nullable: true, description: 'The version in use.' })
  version?: string | null;

  @Field(() => Hosting, { description: 'Where it runs.' })
  hosting!: Hosting;

  @Field(() => ComponentStatus, { description: "The office's own phase of the component." })
  status!: ComponentStatus;

  @Field(() => String, { nullable: true, description: 'ISO date since which it is in this phase.' })
  statusSince?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date of the planned or actual retirement: required when status is DECOMMISSIONING or RETIRED.',
  })
  decommissionBy?: string | null;

  @Field(() => String, { nullable: true, description: "ISO date of the vendor's end of support, when known." })
  vendorEndOfSupport?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The product replacing it: the product of another component of the same stack.',
  })
  successor?: string | null;
}

@InputType('RoadmapItemInput', { description: 'A planned change to the stack.' })
export class RoadmapItemInput {
  @Field({ description: 'What is planned.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The product of the component it is about, if any.' })
  component?: string | null;

  @Field({ description: 'ISO date it is planned for.' })
  targetDate!: string;

  @Field({ description: 'ADOPT, UPGRADE, MIGRATE or DECOMMISSION.' })
  action!: string;
}

@InputType('TechStackInput', { description: "A new version of the caller's office's technology stack." })
export class TechStackInput {
  @Field(() => [StackComponentInput], { description: 'The components, 1 to 500.' })
  components!: StackComponentInput[];

  @Field(() => [RoadmapItemInput], { nullable: true, description: 'The roadmap, at most 500 items.' })
  roadmap?: RoadmapItemInput[] | null;

  @Field(() => Visibility, { defaultValue: Visibility.COMMUNITY, description: 'Who may see this version.' })
  visibility!: Visibility;

  @Field(() => [String], {
    nullable: true,
    description: 'With OFFICES: the codes of the other offices it is shared with.',
  })
  sharedWith?: string[] | null;

  @Field({
    defaultValue: true,
    description: 'False: whoRuns counts the office among the users of a product without naming it.',
  })
  namedInWhoRuns!: boolean;
}
