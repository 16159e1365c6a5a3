import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Office', {
  description: 'An IP office: national, regional or international (WIPO). The unit of trust of the forum.',
})
export class OfficeModel {
  @Field(() => ID, { description: "The office's id." })
  id!: string;

  @Field({ description: 'WIPO ST.3 two-letter code: AU, DE, EP, WO ...' })
  code!: string;

  @Field({ description: "The office's country, or the organisation for regional and international offices." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The region: a continent, or "Regional"/"International" groupings.',
  })
  region!: string | null;
}
