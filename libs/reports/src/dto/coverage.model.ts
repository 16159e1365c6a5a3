import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RecommendationCoverage', {
  description: 'How much offices have shared for a recommendation, counted over what the caller may see.',
})
export class RecommendationCoverageModel {
  @Field(() => Int, {
    description: 'Offices that shared a strategy (recommendation 2), a report speaking to it or a thread in its space.',
  })
  offices!: number;

  @Field(() => [String], { description: 'Their codes, in alphabetical order.' })
  officeCodes!: string[];

  @Field(() => Int, { description: 'ICT strategies (recommendation 2 only; 0 for the others).' })
  strategies!: number;

  @Field(() => Int, { description: 'Experience reports speaking to it (first or not).' })
  reports!: number;

  @Field(() => Int, { description: "Threads in its space, of any kind (reports' and strategies' threads included)." })
  threads!: number;
}
