import { catalogEntities } from '@forum/catalog';
import { discussionsEntities } from '@forum/discussions';
import { identityEntities } from '@forum/identity';
import { expectSqlSnapshots } from '@forum/testing';
import { notificationsEntities, notificationsRepositories } from './notifications.module.js';

describe('the SQL of notifications', () => {
  it('is every statement in queries/*.sql, on the tables notifications owns only', async () => {
    await expectSqlSnapshots({
      repositories: notificationsRepositories,
      folder: new URL('./queries', import.meta.url),
      entities: notificationsEntities,
      relatedEntities: [...identityEntities, ...catalogEntities, ...discussionsEntities],
    });
  });
});
