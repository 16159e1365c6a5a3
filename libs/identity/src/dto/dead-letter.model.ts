import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@forum/graphql';

@ObjectType('DeadLetter', {
  description:
    'A domain event one consumer failed to handle as many times as EVENTS_MAX_ATTEMPTS allows (admins only). ' +
    'The payload is not shown: it may be about content the admin may not see.',
})
export class DeadLetterModel {
  @Field(() => ID, { description: 'The delivery (one event for one consumer): pass it to retryDeadLetter.' })
  id!: string;

  @Field(() => ID, { description: 'The event; the same for each of its consumers.' })
  eventId!: string;

  @Field({ description: "The event's name, such as discussions.post-created." })
  eventName!: string;

  @Field({ description: 'The consumer that failed, such as search.index.' })
  consumer!: string;

  @Field(() => Int, { description: 'How many times it was tried.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: "The last failure's class and message (no stack)." })
  lastError!: string | null;

  @Field({ description: 'When the event was published.' })
  occurredAt!: Date;

  @Field({ description: 'When the last attempt failed and the delivery was given up.' })
  diedAt!: Date;
}

@ObjectType('DeadLetterConnection', { description: 'A page of dead letters, the most recently failed first.' })
export class DeadLetterConnection extends ConnectionType(DeadLetterModel, 'DeadLetter') {}
