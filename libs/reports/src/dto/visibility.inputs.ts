import { Field, ID, InputType } from '@nestjs/graphql';
import { Visibility } from '@forum/identity';

@InputType('ShareVisibilityInput', {
  description: 'Who may see a strategy or report from now on: it, its versions, reviews or revisions, and its thread.',
})
export class ShareVisibilityInput {
  @Field(() => ID, { description: 'The strategy or report.' })
  id!: string;

  @Field(() => Visibility, { description: 'The new visibility.' })
  visibility!: Visibility;

  @Field(() => [String], {
    nullable: true,
    description: 'With OFFICES: the codes of the other offices it is shared with.',
  })
  sharedWith?: string[] | null;
}
