import { catalogEntities } from '@forum/catalog';
import { discussionsEntities } from '@forum/discussions';
import { identityEntities } from '@forum/identity';
import { expectSqlSnapshots } from '@forum/testing';
import { searchEntities } from './search-document.entity.js';
import { SearchRepository } from './search.repository.js';

describe('the SQL of search', () => {
  it('is every statement in queries/*.sql, on the tables search owns only', async () => {
    await expectSqlSnapshots({
      repositories: [SearchRepository],
      folder: new URL('./queries', import.meta.url),
      entities: searchEntities,
      relatedEntities: [...identityEntities, ...catalogEntities, ...discussionsEntities],
    });
  });
});
