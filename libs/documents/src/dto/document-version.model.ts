import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DocumentModel } from './document.model.js';

@ObjectType('DocumentVersion', {
  description: "One version of a strategy's or report's document; earlier ones stay downloadable.",
})
export class DocumentVersionModel {
  @Field(() => Int, { description: '1 for the first document, then one more per new version.' })
  version!: number;

  @Field({ description: 'When it was added.' })
  addedAt!: Date;

  @Field(() => DocumentModel, { description: 'The file of this version.' })
  document!: DocumentModel;
}
