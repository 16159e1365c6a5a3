import { catalogEntities } from '@forum/catalog';
import { discussionsEntities } from '@forum/discussions';
import { identityEntities } from '@forum/identity';
import { reportsEntities } from '@forum/reports';
import { stacksEntities } from '@forum/stacks';
import { expectSqlSnapshots } from '@forum/testing';
import { documentsEntities } from './document.entities.js';
import { DocumentTextsRepository } from './document-texts.repository.js';
import { DocumentsRepository } from './documents.repository.js';
import { ChunksRepository } from './storage/chunks.repository.js';

describe('the SQL of documents', () => {
  it('is every statement in queries/*.sql, on the tables documents owns only', async () => {
    await expectSqlSnapshots({
      repositories: [DocumentsRepository, ChunksRepository, DocumentTextsRepository],
      folder: new URL('./queries', import.meta.url),
      entities: documentsEntities,
      relatedEntities: [
        ...identityEntities,
        ...catalogEntities,
        ...discussionsEntities,
        ...stacksEntities,
        ...reportsEntities,
      ],
    });
  });
});
