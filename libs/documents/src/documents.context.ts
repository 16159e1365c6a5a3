import { Injectable, type OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { GraphQLContextRegistry } from '@forum/graphql';
import type { DocumentModel } from './dto/document.model.js';
import type { DocumentTextModel } from './dto/document-text.model.js';
import { DocumentsService } from './documents.service.js';

export interface DocumentLoaders {
  /** The attachments of a post, by post id: one statement for every post of a response. */
  attachmentsOfPost: DataLoader<string, DocumentModel[]>;
  /** The extracted text of a document, by document id. */
  textOfDocument: DataLoader<string, DocumentTextModel>;
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
  ) {}

  onModuleInit(): void {
    this.contexts.register((context) => {
      context.loaders.documents = {
        attachmentsOfPost: new DataLoader((postIds) => this.documents.attachedTo(postIds)),
        textOfDocument: new DataLoader((documentIds) => this.documents.textsOf(documentIds)),
      };
    });
  }
}
