import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { GraphQLContextRegistry } from '@forum/graphql';
import type { DocumentModel } from './dto/document.model.js';
import { DocumentVersionsService } from './document-versions.service.js';
import { DocumentsService, type DocumentReading } from './documents.service.js';
import type { DocumentVersionModel } from './dto/document-version.model.js';

export interface DocumentLoaders {
  /** The attachments of a post, by post id: one statement for every post of a response. */
  attachmentsOfPost: DataLoader<string, DocumentModel[]>;
  /** The extracted text and preview of a document, by document id: one statement for both fields. */
  readingOfDocument: DataLoader<string, DocumentReading>;
  /** The document versions of an ICT strategy, newest first. */
  versionsOfStrategy: DataLoader<string, DocumentVersionModel[]>;
  /** The document versions of an experience report, newest first. */
  versionsOfReport: DataLoader<string, DocumentVersionModel[]>;
}

declare module '@forum/graphql' {
  interface ForumLoaders {
    documents: DocumentLoaders;
  }
}

/** Documents' part of every GraphQL request's context: its loaders. */
@Injectable()
export class DocumentsContext implements OnModuleInit {
  constructor(
    private readonly contexts: GraphQLContextRegistry,
    private readonly documents: DocumentsService,
    private readonly versions: DocumentVersionsService,
  ) {}

  onModuleInit(): void {
    this.contexts.register((context) => {
      context.loaders.documents = {
        attachmentsOfPost: new DataLoader((postIds) => this.documents.attachedTo(postIds)),
        readingOfDocument: new DataLoader((documentIds) => this.documents.readingsOf(documentIds)),
        versionsOfStrategy: new DataLoader((ids) => this.versions.ofStrategies(ids)),
        versionsOfReport: new DataLoader((ids) => this.versions.ofReports(ids)),
      };
    });
  }
}
