import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DeadLetters } from '@forum/events';
import { Roles } from './access.decorators.js';
import { DeadLetterConnection, DeadLetterModel } from './dto/dead-letter.model.js';
import { Role } from './role.js';

/** The events lib keeps the dead letters; identity decides who may see and retry them: admins. */
@Resolver(() => DeadLetterModel)
export class DeadLettersResolver {
  constructor(private readonly letters: DeadLetters) {}

  @Roles(Role.ADMIN)
  @Query(() => DeadLetterConnection, {
    description: 'Domain event deliveries that failed too often, the most recently failed first (admins only).',
  })
  deadLetters(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'Page size, at most 100.' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
  ): Promise<DeadLetterConnection> {
    return this.letters.page({ first, after });
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Puts a dead letter back in line with a fresh set of attempts (admins only); true when done. ' +
      'Fix the cause first: a consumer that still fails ends up here again.',
  })
  async retryDeadLetter(
    @Args('id', { type: () => ID, description: 'The dead letter (its id in deadLetters).' }) id: string,
  ): Promise<boolean> {
    await this.letters.retry(id);
    return true;
  }
}
