import { expectSqlSnapshots } from '@forum/testing';
import { identityEntities, identityRepositories } from './identity.module.js';

describe('identity SQL', () => {
  it('matches the committed snapshots in queries/ and names only identity tables', async () => {
    await expectSqlSnapshots({
      repositories: identityRepositories,
      entities: identityEntities,
      folder: new URL('./queries', import.meta.url),
    });
  });
});
