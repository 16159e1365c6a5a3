import { catalogEntities } from '@forum/catalog';
import { identityEntities } from '@forum/identity';
import { expectSqlSnapshots } from '@forum/testing';
import { DeliveryFactsRepository } from './delivery-facts.repository.js';
import { discussionsEntities } from './discussions.module.js';
import { FlagsRepository } from './flags.repository.js';
import { MentionsRepository } from './mentions.repository.js';
import { PostsRepository } from './posts.repository.js';
import { ReactionsRepository } from './reactions.repository.js';
import { ThreadsRepository } from './threads.repository.js';

describe('the SQL of discussions', () => {
  it('is every statement in queries/*.sql, on the tables discussions owns only', async () => {
    await expectSqlSnapshots({
      repositories: [
        ThreadsRepository,
        PostsRepository,
        ReactionsRepository,
        FlagsRepository,
        MentionsRepository,
        DeliveryFactsRepository,
      ],
      folder: new URL('./queries', import.meta.url),
      entities: discussionsEntities,
      relatedEntities: [...identityEntities, ...catalogEntities],
    });
  });
});
