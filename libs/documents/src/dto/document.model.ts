import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Document', {
  description: 'A file uploaded to the forum; attached to a post it has the visibility of its thread.',
})
export class DocumentModel {
  @Field(() => ID, { description: 'Its id, as answered by POST /api/uploads.' })
  id!: string;

  @Field({ description: 'The file name the uploader gave.' })
  name!: string;

  @Field({ description: "Its media type, decided from its content (not its name or the client's header)." })
  contentType!: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  size!: number;

  @Field({ description: 'The SHA-256 of its content, hex.' })
  sha256!: string;

  @Field({ description: 'Where to download it: /api/documents/<id>, with the bearer token.' })
  url!: string;

  @Field({ description: 'When it was uploaded.' })
  createdAt!: Date;
}
