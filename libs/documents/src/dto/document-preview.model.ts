import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TextExtraction } from './document-text.model.js';

@ObjectType('DocumentPreview', {
  description:
    "What a reader sees of a document before opening it: a PDF's page count and the start of its first page's text " +
    '(of a DOCX or text file: the start of its text). Made in the background with the text; no image is rendered ' +
    '(docs/architecture.md "Documents": pdf.js draws pages only through a native canvas).',
})
export class DocumentPreviewModel {
  @Field(() => TextExtraction, { description: 'Where the reading of the text stands (the preview comes with it).' })
  state!: TextExtraction;

  @Field(() => Int, { nullable: true, description: 'How many pages the PDF has; null for other types.' })
  pageCount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The first 1,000 characters of the first page's text (blanks collapsed); null until read, or if none.",
  })
  text!: string | null;
}
