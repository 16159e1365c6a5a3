import { catalogEntities } from '@forum/catalog';
import { discussionsEntities } from '@forum/discussions';
import { identityEntities } from '@forum/identity';
import { expectSqlSnapshots } from '@forum/testing';
import { reportsEntities } from './reports.module.js';
import { ReportsRepository } from './reports.repository.js';
import { ReviewsRepository } from './reviews.repository.js';
import { StrategiesRepository } from './strategies.repository.js';

describe('the SQL of reports and strategies', () => {
  it('is every statement in queries/*.sql, on the tables reports owns only', async () => {
    await expectSqlSnapshots({
      repositories: [StrategiesRepository, ReviewsRepository, ReportsRepository],
      folder: new URL('./queries', import.meta.url),
      entities: reportsEntities,
      relatedEntities: [...identityEntities, ...catalogEntities, ...discussionsEntities],
    });
  });
});
