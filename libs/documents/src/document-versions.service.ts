import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '@forum/core';
import { EventPublisher } from '@forum/events';
import { DocumentVersions, type DocumentHolderTarget, type DocumentVersionsPort } from '@forum/reports';
import { toDocumentModel } from './document.mapper.js';
import { notAttachable } from './documents.errors.js';
import './documents.events.js';
import { DocumentsRepository, type DocumentRow } from './documents.repository.js';
import type { DocumentVersionModel } from './dto/document-version.model.js';

/**
 * Documents of ICT strategies and experience reports, as versions (implementing reports' DocumentVersionsPort, in
 * the strategy's or report's transaction): a new PDF becomes the newest version and the earlier ones stay, each
 * with the visibility of its strategy or report (DocumentsService.download asks reports).
 */
@Injectable()
export class DocumentVersionsService implements DocumentVersionsPort, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsRepository,
    private readonly port: DocumentVersions,
    private readonly events: EventPublisher,
  ) {}

  onModuleInit(): void {
    this.port.register(this);
  }

  /** Only the adder's own upload that nothing holds yet (like a post's attachment). */
  async addVersionIn(tx: EntityManager, target: DocumentHolderTarget, documentId: string): Promise<number> {
    if (!isUuid(documentId)) throw notAttachable('documentId');
    const [row] = await this.documents.lockMany(tx, [documentId]);
    const loose = row && row.post_id === null && row.strategy_id === null && row.report_id === null;
    if (!loose || row.owner_id !== target.author.memberId) throw notAttachable('documentId');
    const holder = target.kind === 'strategy' ? [target.id, null] : [null, target.id];
    const version = await this.documents.addVersion(tx, row.id, holder[0], holder[1]);
    await this.events.publish(
      tx,
      'documents.version-added',
      {
        documentId: row.id,
        sha256: row.sha256,
        holder: target.kind,
        holderId: target.id,
        threadId: target.threadId,
        version,
      },
      { actorId: target.author.memberId, visibility: target.visibility },
    );
    return version;
  }

  /** The versions of strategies the caller has already shown the viewer (IctStrategy.documentVersions). */
  async ofStrategies(ids: readonly string[]): Promise<DocumentVersionModel[][]> {
    const rows = await this.documents.versionsOf(this.dataSource.manager, ids, []);
    return ids.map((id) => rows.filter((row) => row.strategy_id === id).map(toVersionModel));
  }

  /** The versions of reports the caller has already shown the viewer (ExperienceReport.documentVersions). */
  async ofReports(ids: readonly string[]): Promise<DocumentVersionModel[][]> {
    const rows = await this.documents.versionsOf(this.dataSource.manager, [], ids);
    return ids.map((id) => rows.filter((row) => row.report_id === id).map(toVersionModel));
  }
}

const toVersionModel = (row: DocumentRow): DocumentVersionModel => ({
  version: row.version ?? 0,
  addedAt: row.attached_at ?? row.created_at,
  document: toDocumentModel(row),
});
