import { Extensions, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LocalizedText } from '@forum/graphql';
import type { SpaceModel } from './space.model.js';

@ObjectType('RecommendationAction', {
  description: 'An action a recommendation asks for, labelled a, b, c ... as in the document.',
})
export class RecommendationActionModel {
  @Field({ description: 'The action\'s label: "a", "b", ...' })
  label!: string;

  text!: LocalizedText;
  items!: LocalizedText[];
  note!: LocalizedText | null;
}

@ObjectType('Recommendation', {
  description:
    'One of the 10 recommendations on ICT and IP administration adopted by the Committee on WIPO Standards (CWS/12, 2024).',
})
export class RecommendationModel {
  @Field(() => ID, { description: 'A stable opaque identifier.' })
  id!: string;

  @Field(() => Int, { description: '1 to 10, as numbered in the CWS/12 document.' })
  number!: number;

  @Field({ description: 'A short English label of what the recommendation is about.' })
  topic!: string;

  // For the query limits: a recommendation of CWS/12 has at most 5 actions; 8 leaves room for a revision.
  @Extensions({ listSize: 8 })
  @Field(() => [RecommendationActionModel], {
    description: 'The actions the recommendation asks for, in document order.',
  })
  actions!: RecommendationActionModel[];

  @Field(() => [Int], {
    description:
      'Numbers of the related earlier "40 recommendations" (CWS/6/3); empty for recommendations that are new.',
  })
  relatedLegacyRecommendations!: number[];

  title!: LocalizedText;
  space!: SpaceModel;
}
