import { Module } from '@nestjs/common';
import { CatalogModule } from '@forum/catalog';
import { DiscussionsModule } from '@forum/discussions';
import { DocumentsModule } from '@forum/documents';
import { IdentityModule } from '@forum/identity';
import { ReportsModule } from '@forum/reports';
import { StacksModule } from '@forum/stacks';
import { searchEntities } from './search-document.entity.js';
import { SearchRepository } from './search.repository.js';
import { SearchResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

export { searchEntities };

@Module({
  imports: [IdentityModule, CatalogModule, DiscussionsModule, ReportsModule, StacksModule, DocumentsModule],
  providers: [SearchRepository, SearchService, SearchResolver],
  exports: [SearchService],
})
export class SearchModule {}
