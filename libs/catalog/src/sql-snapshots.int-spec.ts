import { expectSqlSnapshots } from '@forum/testing';
import { catalogEntities } from './catalog.module.js';
import { CatalogRepository } from './catalog.repository.js';

describe('catalog SQL', () => {
  it('matches the committed snapshots in queries/ and names only catalog tables', async () => {
    await expectSqlSnapshots({
      repositories: [CatalogRepository],
      entities: catalogEntities,
      folder: new URL('./queries', import.meta.url),
    });
  });
});
