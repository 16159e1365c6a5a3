import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { badInput } from '@forum/core';
import type { ContentVisibility } from '@forum/events';
import type { Viewer } from '@forum/identity';

/** What carries documents as versions: an ICT strategy or an experience report. */
export type DocumentHolderKind = 'strategy' | 'report';

/** The strategy or report a document is added to, and the member of its office adding it. */
export interface DocumentHolderTarget {
  kind: DocumentHolderKind;
  id: string;
  threadId: string;
  author: NonNullable<Viewer>;
  /** Who may see the strategy or report now: for the event about its new version. */
  visibility: ContentVisibility;
}

/**
 * What reports needs of a lib that keeps files (documents, which sits above reports and so cannot be imported here):
 * make an upload the newest version of a strategy's or report's document inside the change's own transaction. The
 * implementation refuses an id the author may not attach (BAD_USER_INPUT naming `documentId`), which rolls back.
 */
export interface DocumentVersionsPort {
  /** Adds the upload as the next version; answers its number (1 for the first). */
  addVersionIn(tx: EntityManager, target: DocumentHolderTarget, documentId: string): Promise<number>;
}

/**
 * Dependency inversion, as discussions' PostAttachments: reports owns the port, documents registers itself when its
 * module starts. Without it (an app composed without documents) adding a document is refused by name.
 */
@Injectable()
export class DocumentVersions {
  private port: DocumentVersionsPort | null = null;

  register(port: DocumentVersionsPort): void {
    this.port = port;
  }

  async addVersionIn(tx: EntityManager, target: DocumentHolderTarget, documentId: string): Promise<number> {
    if (!this.port) throw badInput('This installation keeps no documents', { field: 'documentId' });
    return this.port.addVersionIn(tx, target, documentId);
  }
}
