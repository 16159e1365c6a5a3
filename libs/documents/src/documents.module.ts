import { Module } from '@nestjs/common';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { DiscussionsModule } from '@forum/discussions';
import { IdentityModule } from '@forum/identity';
import { ReportsModule } from '@forum/reports';
import { DocumentExpiry } from './document-expiry.js';
import { DocumentVersionsService } from './document-versions.service.js';
import { ReportDocumentsResolver, StrategyDocumentsResolver } from './holder-documents.resolver.js';
import { DocumentTextsRepository } from './document-texts.repository.js';
import { DocumentsContext } from './documents.context.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsRepository } from './documents.repository.js';
import { DocumentTextResolver, PostAttachmentsResolver } from './documents.resolver.js';
import { DocumentsService } from './documents.service.js';
import { PostDeletedConsumer } from './post-deleted.consumer.js';
import { BLOB_STORE } from './storage/blob-store.js';
import { ChunksRepository } from './storage/chunks.repository.js';
import { PostgresBlobStore } from './storage/postgres-blob-store.js';
import { TextExtractor } from './text-extractor.consumer.js';

export { documentsEntities } from './document.entities.js';

@Module({
  imports: [IdentityModule, DiscussionsModule, ReportsModule],
  controllers: [DocumentsController],
  providers: [
    DocumentsRepository,
    ChunksRepository,
    PostgresBlobStore,
    {
      provide: BLOB_STORE,
      inject: [FORUM_CONFIG, PostgresBlobStore],
      // The AWS SDK (about 8 MiB of heap) is loaded only when a bucket is configured.
      useFactory: async (config: ForumConfig, postgres: PostgresBlobStore) =>
        config.documents.s3
          ? new (await import('./storage/s3-blob-store.js')).S3BlobStore(config.documents.s3)
          : postgres,
    },
    DocumentsService,
    DocumentsContext,
    DocumentExpiry,
    PostAttachmentsResolver,
    DocumentTextResolver,
    DocumentTextsRepository,
    TextExtractor,
    PostDeletedConsumer,
    DocumentVersionsService,
    StrategyDocumentsResolver,
    ReportDocumentsResolver,
  ],
  exports: [DocumentsService],
})
export class DocumentsModule {}
