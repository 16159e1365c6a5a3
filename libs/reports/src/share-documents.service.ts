import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock, isUuid } from '@forum/core';
import { signedInViewer, type Viewer } from '@forum/identity';
import type { ShareDocumentInput } from './dto/share-document.inputs.js';
import type { ExperienceReportModel } from './dto/report.model.js';
import type { IctStrategyModel } from './dto/strategy.model.js';
import { notOwnOffice, reportNotFound, strategyNotFound } from './reports.errors.js';
import { shareVisibility } from './reports.events.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';
import { toReportModel } from './report.rows.js';
import { DocumentVersions } from './share-documents.js';
import { StrategiesRepository } from './strategies.repository.js';
import { StrategiesService } from './strategies.service.js';
import { toStrategyModel } from './strategy.rows.js';

/**
 * Documents of strategies and reports, as versions: a member of the office adds a new PDF, the earlier ones stay
 * (readable and downloadable with the strategy's or report's visibility). The rules are the edit's: the holder is
 * locked, NOT_FOUND if the member may not see it, FORBIDDEN if it is another office's.
 */
@Injectable()
export class ShareDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly strategyRows: StrategiesRepository,
    private readonly reportRows: ReportsRepository,
    private readonly strategies: StrategiesService,
    private readonly reports: ReportsService,
    private readonly versions: DocumentVersions,
    private readonly clock: Clock,
  ) {}

  async addToStrategy(viewer: Viewer, input: ShareDocumentInput): Promise<IctStrategyModel> {
    const author = signedInViewer(viewer);
    await this.dataSource.transaction(async (tx) => {
      const row = isUuid(input.id) ? await this.strategyRows.lockVisible(tx, author, input.id) : null;
      if (!row) throw strategyNotFound();
      if (row.office_id !== author.officeId) throw notOwnOffice('strategy');
      const visibility = shareVisibility(toStrategyModel(row, this.clock.now().getUTCFullYear()));
      const target = { kind: 'strategy' as const, id: row.id, threadId: row.thread_id, author, visibility };
      await this.versions.addVersionIn(tx, target, input.documentId);
    });
    return this.strategies.strategy(author, input.id);
  }

  async addToReport(viewer: Viewer, input: ShareDocumentInput): Promise<ExperienceReportModel> {
    const author = signedInViewer(viewer);
    await this.dataSource.transaction(async (tx) => {
      const row = isUuid(input.id) ? await this.reportRows.lockVisible(tx, author, input.id) : null;
      if (!row) throw reportNotFound();
      if (row.office_id !== author.officeId) throw notOwnOffice('report');
      const visibility = shareVisibility(toReportModel(row));
      const target = { kind: 'report' as const, id: row.id, threadId: row.thread_id, author, visibility };
      await this.versions.addVersionIn(tx, target, input.documentId);
    });
    return this.reports.report(author, input.id);
  }
}
