import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ProductName', { description: 'A product name as the forum compares it.' })
export class ProductNameModel {
  @Field({ description: 'The name as given.' })
  given!: string;

  @Field({ description: 'The canonical name: "Postgres" is "PostgreSQL".' })
  product!: string;
}
