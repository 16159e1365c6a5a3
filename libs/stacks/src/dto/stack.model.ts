import { Extensions, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Visibility } from '@forum/identity';
import { ComponentStatus, Hosting } from '../stack.enums.js';

@ObjectType('StackComponent', { description: 'One component of a technology stack.' })
export class StackComponentModel {
  @Field({ description: 'e.g. "search", "document management", "filing", "cloud", "AI".' })
  layer!: string;

  @Field({ description: 'The product, normalised: "Postgres" and "postgresql" are both "PostgreSQL".' })
  product!: string;

  @Field({ description: 'The product as the office wrote it.' })
  givenProduct!: string;

  @Field(() => String, { nullable: true, description: 'The version in use.' })
  version!: string | null;

  @Field(() => Hosting, { description: 'Where it runs.' })
  hosting!: Hosting;

  @Field(() => ComponentStatus, { description: "The office's own phase of the component." })
  status!: ComponentStatus;

  @Field(() => String, { nullable: true, description: 'ISO date since which it is in this phase.' })
  statusSince!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date of the planned or actual retirement; set when status is DECOMMISSIONING or RETIRED.',
  })
  decommissionBy!: string | null;

  @Field(() => String, { nullable: true, description: "ISO date of the vendor's end of support, when known." })
  vendorEndOfSupport!: string | null;

  @Field(() => String, { nullable: true, description: 'The product replacing it (a component of the same stack).' })
  successor!: string | null;

  @Field({
    description: "True when the vendor's support ends before the office's planned retirement (or with none planned).",
  })
  obsolescenceWarning!: boolean;

  productKey!: string;
}

@ObjectType('RoadmapItem', { description: 'A planned change to a stack.' })
export class RoadmapItemModel {
  @Field({ description: 'What is planned.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The product of the component it is about, if any.' })
  component!: string | null;

  @Field({ description: 'ISO date it is planned for.' })
  targetDate!: string;

  @Field({ description: 'ADOPT, UPGRADE, MIGRATE or DECOMMISSION.' })
  action!: string;
}

@ObjectType('TechStack', {
  description: "Recommendation 8: an office's technology stack; publishing again makes a new version.",
})
export class TechStackModel {
  @Field(() => ID, { description: "This version's id." })
  id!: string;

  @Field(() => Int, { description: '1 for the first published version, then 2, 3 ...' })
  version!: number;

  // For the query limits' cost walk: a typical stack (at most 500 are allowed).
  @Extensions({ listSize: 100 })
  @Field(() => [StackComponentModel], { description: 'The components, in the order the office gave.' })
  components!: StackComponentModel[];

  @Extensions({ listSize: 50 })
  @Field(() => [RoadmapItemModel], { description: 'The roadmap, in the order the office gave.' })
  roadmap!: RoadmapItemModel[];

  @Field({ description: 'When this version was published.' })
  publishedAt!: Date;

  @Field(() => Visibility, { description: 'Who may see this version.' })
  visibility!: Visibility;

  @Field({ description: 'False: whoRuns counts the office without naming it.' })
  namedInWhoRuns!: boolean;

  officeId!: string;
  threadId!: string;
  sharedWithOfficeIds!: string[];
}
