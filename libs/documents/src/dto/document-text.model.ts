import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum TextExtraction {
  PENDING = 'PENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  UNSUPPORTED = 'UNSUPPORTED',
}
registerEnumType(TextExtraction, {
  name: 'TextExtraction',
  description: "Where the reading of a document's text stands (it is read in the background after the upload).",
  valuesMap: {
    PENDING: { description: 'Not read yet.' },
    DONE: { description: 'Read: the text is there.' },
    FAILED: { description: 'Could not be read (damaged, or took too long); the file is still downloadable.' },
    UNSUPPORTED: { description: 'Of a type whose text is not read (images, spreadsheets, slides).' },
  },
});

@ObjectType('DocumentText', {
  description: 'The text read from a document (PDF, DOCX, plain text), for search and readers.',
})
export class DocumentTextModel {
  @Field(() => TextExtraction, { description: 'Where the reading stands.' })
  state!: TextExtraction;

  @Field(() => String, { nullable: true, description: 'The words, once read (at most a million characters).' })
  text!: string | null;
}
