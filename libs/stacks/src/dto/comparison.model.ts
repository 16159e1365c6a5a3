import { Extensions, Field, ObjectType } from '@nestjs/graphql';
import { OfficeModel } from '@forum/identity';
import { StackComponentModel, TechStackModel } from './stack.model.js';

@ObjectType('StackComparisonCell', { description: "One office's components of one layer." })
export class StackComparisonCellModel {
  @Field(() => OfficeModel, { description: 'The office.' })
  office!: OfficeModel;

  // For the query limits' cost walk: the components one office has in one layer (the real bound is 500 per stack).
  @Extensions({ listSize: 20 })
  @Field(() => [StackComponentModel], { description: 'Its components of the layer (empty: none, or not visible).' })
  components!: StackComponentModel[];
}

@ObjectType('StackComparisonLayer', { description: 'One layer, with a cell per compared office.' })
export class StackComparisonLayerModel {
  @Field({ description: 'The layer, as the first office naming it wrote it (layers compare case-insensitively).' })
  layer!: string;

  @Extensions({ listSize: 10 })
  @Field(() => [StackComparisonCellModel], { description: 'One cell per office, in the order asked.' })
  cells!: StackComparisonCellModel[];
}

@ObjectType('StackComparison', { description: "Offices' latest visible stacks side by side, layer by layer." })
export class StackComparisonModel {
  @Extensions({ listSize: 10 })
  @Field(() => [OfficeModel], { description: 'The offices compared, in the order asked.' })
  offices!: OfficeModel[];

  @Extensions({ listSize: 10 })
  @Field(() => [TechStackModel], {
    nullable: 'items',
    description: "Each office's latest version the caller may see; null where there is none.",
  })
  stacks!: (TechStackModel | null)[];

  // A typical number of layers across a few stacks (free text, so no hard bound).
  @Extensions({ listSize: 20 })
  @Field(() => [StackComparisonLayerModel], { description: 'Every layer of any compared stack, alphabetically.' })
  layers!: StackComparisonLayerModel[];
}
