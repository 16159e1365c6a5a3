import { catalogEntities } from '@forum/catalog';
import { discussionsEntities } from '@forum/discussions';
import { identityEntities } from '@forum/identity';
import { expectSqlSnapshots } from '@forum/testing';
import { CalendarRepository } from './calendar.repository.js';
import { ProductsRepository } from './products.repository.js';
import { RadarEditionsRepository } from './radar-editions.repository.js';
import { RadarRepository } from './radar.repository.js';
import { StandardsRepository } from './standards.repository.js';
import { stacksEntities } from './stack.entities.js';
import { StacksRepository } from './stacks.repository.js';

describe('the SQL of stacks', () => {
  it('is every statement in queries/*.sql, on the tables stacks owns only', async () => {
    await expectSqlSnapshots({
      repositories: [
        StacksRepository,
        ProductsRepository,
        RadarRepository,
        CalendarRepository,
        RadarEditionsRepository,
        StandardsRepository,
      ],
      folder: new URL('./queries', import.meta.url),
      entities: stacksEntities,
      relatedEntities: [...identityEntities, ...catalogEntities, ...discussionsEntities],
    });
  });
});
