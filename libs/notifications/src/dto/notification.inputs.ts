import { Field, ID, InputType } from '@nestjs/graphql';
import { WatchLevel } from '../watch-level.js';

@InputType('SubscribeInput', { description: 'A subscription: a level and exactly one target.' })
export class SubscribeInput {
  @Field(() => WatchLevel, { description: 'WATCHING, TRACKING or MUTED.' })
  level!: WatchLevel;

  @Field(() => String, { nullable: true, description: 'A space, e.g. "recommendation-9".' })
  spaceSlug?: string | null;

  @Field(() => ID, { nullable: true, description: 'A thread the member may see.' })
  threadId?: string | null;

  @Field(() => String, { nullable: true, description: 'A tag ("cloud"), in every space.' })
  tag?: string | null;

  @Field(() => String, { nullable: true, description: "An office's ST.3 code: the threads it shares." })
  officeCode?: string | null;
}
