import { Field, ID, InputType } from '@nestjs/graphql';

@InputType('ShareDocumentInput', {
  description: "A new version of a strategy's or report's document: an upload of the caller (POST /api/uploads).",
})
export class ShareDocumentInput {
  @Field(() => ID, { description: 'The strategy or report.' })
  id!: string;

  @Field(() => ID, { description: "The upload's id: the caller's own, not attached anywhere yet." })
  documentId!: string;
}
