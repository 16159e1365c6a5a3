import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RecommendationModel } from './recommendation.model.js';

@ObjectType('Space', {
  description:
    'A discussion space: one for each recommendation, plus "general" for other ICT issues of common interest.',
})
export class SpaceModel {
  @Field(() => ID, { description: 'A stable opaque identifier.' })
  id!: string;

  @Field({ description: '"recommendation-1" ... "recommendation-10", or "general".' })
  slug!: string;

  @Field({ description: "The space's title, in English." })
  title!: string;

  @Field({ description: 'What the space is for.' })
  description!: string;

  @Field(() => RecommendationModel, {
    nullable: true,
    description: 'The recommendation this space discusses; null for "general".',
  })
  recommendation!: RecommendationModel | null;
}
