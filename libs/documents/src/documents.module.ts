import { Module } from '@nestjs/common';
import { DiscussionsModule } from '@forum/discussions';
import { IdentityModule } from '@forum/identity';
import { DocumentExpiry } from './document-expiry.js';
import { DocumentsContext } from './documents.context.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsRepository } from './documents.repository.js';
import { PostAttachmentsResolver } from './documents.resolver.js';
import { DocumentsService } from './documents.service.js';
import { BLOB_STORE } from './storage/blob-store.js';
import { ChunksRepository } from './storage/chunks.repository.js';
import { PostgresBlobStore } from './storage/postgres-blob-store.js';

export { documentsEntities } from './document.entities.js';

@Module({
  imports: [IdentityModule, DiscussionsModule],
  controllers: [DocumentsController],
  providers: [
    DocumentsRepository,
    ChunksRepository,
    PostgresBlobStore,
    { provide: BLOB_STORE, useExisting: PostgresBlobStore },
    DocumentsService,
    DocumentsContext,
    DocumentExpiry,
    PostAttachmentsResolver,
  ],
  exports: [DocumentsService],
})
export class DocumentsModule {}
