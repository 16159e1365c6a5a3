import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { checkPlainText, decodeCursor, isUtcInstant, isUuid } from '@forum/core';
import { ThreadKind, ThreadsService } from '@forum/discussions';
import { EventPublisher } from '@forum/events';
import { pageSize, toConnection, type Connection } from '@forum/graphql';
import { OfficesService, signedInViewer, type Viewer } from '@forum/identity';
import { ProductsService } from '@forum/stacks';
import type {
  ExperienceReportEditInput,
  ExperienceReportFilterArgs,
  ExperienceReportInput,
  ExperienceReportsArgs,
} from './dto/report.inputs.js';
import type {
  ExperienceReportModel,
  ExperienceReportRevisionModel,
  ExperienceReportStatsModel,
} from './dto/report.model.js';
import type { ShareVisibilityInput } from './dto/visibility.inputs.js';
import { officeIdsFor } from './office-filter.js';
import { openingPost } from './opening-post.js';
import { DeliveryModel } from './report.enums.js';
import { toReportModel } from './report.rows.js';
import { notOwnOffice, reportNotFound } from './reports.errors.js';
import { shareVisibility } from './reports.events.js';
import type { ReportContent, ReportFilter } from './report.types.js';
import { ReportsRepository } from './reports.repository.js';
import {
  checkMonths,
  checkOptionalText,
  checkRecommendations,
  checkTechnologies,
  checkText,
  checkTitle,
} from './reports.rules.js';

const isReportCursor = (v: unknown): v is { at: string; id: string } =>
  typeof v === 'object' &&
  v !== null &&
  isUtcInstant((v as { at: unknown }).at, 6) &&
  isUuid((v as { id: unknown }).id);

/** Experience reports (recommendation 9): posting with their thread, editing with revisions, browsing, figures. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsRepository,
    private readonly threads: ThreadsService,
    private readonly offices: OfficesService,
    private readonly events: EventPublisher,
    private readonly products: ProductsService,
  ) {}

  /**
   * Posts a report and opens its thread (kind EXPERIENCE_REPORT) in the space of its first recommendation, in one
   * transaction. A retry with the same clientMutationId answers the first report.
   */
  async post(viewer: Viewer, input: ExperienceReportInput): Promise<ExperienceReportModel> {
    const author = signedInViewer(viewer);
    const content = await this.asProducts(checkContent(input));
    const title = checkTitle(input.title);
    const id = await this.dataSource.transaction(async (tx) => {
      const thread = await this.threads.startIn(tx, author, {
        spaceSlug: `recommendation-${content.recommendations[0]}`,
        title,
        body: openingPost(content, input.language),
        kind: ThreadKind.EXPERIENCE_REPORT,
        visibility: input.visibility,
        sharedWith: input.sharedWith,
        language: input.language,
        tags: input.tags,
        clientMutationId: input.clientMutationId,
      });
      const share = {
        officeId: thread.officeId,
        visibility: thread.visibility,
        sharedWithOfficeIds: thread.sharedWithOfficeIds,
      };
      const reportId = await this.reports.insert(tx, {
        ...content,
        ...share,
        authorId: author.memberId,
        threadId: thread.id,
        title,
        language: input.language,
      });
      if (!reportId) {
        // The thread is the first attempt's: so is the report.
        const first = await this.reports.idByThread(tx, thread.id);
        if (!first) throw new Error('A retried report has a thread but no report');
        return first;
      }
      await this.events.publish(
        tx,
        'reports.report-posted',
        { reportId, threadId: thread.id, officeId: author.officeId, authorId: author.memberId },
        { actorId: author.memberId, visibility: shareVisibility(share) },
      );
      return reportId;
    });
    return this.report(author, id);
  }

  /**
   * Replaces a report's content (members of its office), keeping the earlier one as a revision. Its thread stays
   * where it was opened, whatever the new first recommendation.
   */
  async edit(viewer: Viewer, id: string, input: ExperienceReportEditInput): Promise<ExperienceReportModel> {
    const editor = signedInViewer(viewer);
    const content = await this.asProducts(checkContent(input));
    await this.dataSource.transaction(async (tx) => {
      const current = isUuid(id) ? await this.reports.lockVisible(tx, editor, id) : null;
      if (!current) throw reportNotFound();
      if (current.office_id !== editor.officeId) throw notOwnOffice('report');
      const before = toReportModel(current);
      await this.reports.insertRevision(tx, {
        reportId: current.id,
        content: revisionContent(before),
        writtenAt: current.updated_at,
        replacedById: editor.memberId,
      });
      await this.reports.update(tx, current.id, content);
      await this.events.publish(
        tx,
        'reports.report-edited',
        { reportId: current.id, threadId: current.thread_id, editorId: editor.memberId },
        { actorId: editor.memberId, visibility: shareVisibility(before) },
      );
    });
    return this.report(editor, id);
  }

  /** Changes who may see the report, its revisions and its thread, in one transaction (its office's members). */
  async setVisibility(viewer: Viewer, input: ShareVisibilityInput): Promise<ExperienceReportModel> {
    const owner = signedInViewer(viewer);
    await this.dataSource.transaction(async (tx) => {
      const report = isUuid(input.id) ? await this.reports.lockVisible(tx, owner, input.id) : null;
      if (!report) throw reportNotFound();
      if (report.office_id !== owner.officeId) throw notOwnOffice('report');
      const thread = await this.threads.setVisibilityIn(tx, owner, report.thread_id, input);
      const audience = { visibility: thread.visibility, sharedWithOfficeIds: thread.sharedWithOfficeIds };
      await this.reports.setVisibility(tx, report.id, audience);
      await this.events.publish(
        tx,
        'reports.share-visibility-changed',
        { kind: 'report', id: report.id, threadId: thread.id, changedById: owner.memberId },
        { actorId: owner.memberId, visibility: shareVisibility({ ...audience, officeId: report.office_id }) },
      );
    });
    return this.report(owner, input.id);
  }

  async report(viewer: Viewer, id: string): Promise<ExperienceReportModel> {
    const [report] = await this.visibleByIds(viewer, [id]);
    if (!report) throw reportNotFound();
    return report;
  }

  async visibleByIds(viewer: Viewer, ids: readonly string[]): Promise<(ExperienceReportModel | null)[]> {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length ? await this.reports.visibleByIds(this.dataSource.manager, viewer, wanted) : [];
    const byId = new Map(rows.map((row) => [row.id, toReportModel(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** experienceReports: what the viewer may see, newest change first; totalCount counted only when read. */
  async browse(viewer: Viewer, args: ExperienceReportsArgs): Promise<Connection<ExperienceReportModel>> {
    const limit = pageSize(args.first, 20);
    const after = args.after ? decodeCursor(args.after, isReportCursor) : null;
    const filter = await this.filter(args);
    const db = this.dataSource.manager;
    const rows = await this.reports.page(db, viewer, { ...filter, limit, after });
    return toConnection(
      rows,
      limit,
      toReportModel,
      (row) => ({ at: row.cursor_at, id: row.id }),
      async () => (await this.reports.stats(db, viewer, filter)).count,
    );
  }

  /** experienceReportStats: counted only over what the viewer may see. */
  async stats(viewer: Viewer, args: ExperienceReportFilterArgs): Promise<ExperienceReportStatsModel> {
    const row = await this.reports.stats(this.dataSource.manager, viewer, await this.filter(args));
    return {
      count: row.count,
      byDeliveryModel: [
        { deliveryModel: DeliveryModel.IN_HOUSE, count: row.in_house },
        { deliveryModel: DeliveryModel.EXTERNAL, count: row.external },
        { deliveryModel: DeliveryModel.HYBRID, count: row.hybrid },
      ],
      withDurations: row.with_durations,
      overrun: row.overrun,
      medianOverrunMonths: row.median_overrun === null ? null : Number(row.median_overrun),
    };
  }

  /** Earlier contents of reports the caller has seen (through the visibility check), oldest first. */
  async revisionsOf(reportIds: readonly string[]): Promise<ExperienceReportRevisionModel[][]> {
    const rows = reportIds.length ? await this.reports.revisionsOf(this.dataSource.manager, reportIds) : [];
    return reportIds.map((id) =>
      rows
        .filter((row) => row.report_id === id)
        .map((row) => ({
          ...(row.content as RevisionContent),
          id: row.id,
          writtenAt: row.written_at,
          replacedAt: row.created_at,
        })),
    );
  }

  /**
   * Technologies as the stacks' product names (their alias table: 'Postgres' is PostgreSQL), so that reports and tech
   * stacks name one product alike; one per product, the canonical spelling kept.
   */
  private async asProducts(content: ReportContent): Promise<ReportContent> {
    const byKey = new Map<string, string>();
    for (const product of await this.products.normalise(content.technologies))
      if (product.key && !byKey.has(product.key)) byKey.set(product.key, product.product);
    return { ...content, technologies: [...byKey.values()], technologyKeys: [...byKey.keys()] };
  }

  private async filter(args: ExperienceReportFilterArgs): Promise<ReportFilter> {
    const recommendation = args.recommendation ?? null;
    if (recommendation !== null) checkRecommendations([recommendation]);
    const technology = args.technology?.trim() ? (await this.products.normalise([args.technology]))[0].key : null;
    return {
      deliveryModel: args.deliveryModel ?? null,
      phase: args.phase ?? null,
      recommendation,
      technologyKey: technology,
      officeIds: await officeIdsFor(this.offices, args),
      language: args.language ?? null,
      overrun: args.overrun ?? null,
      text: args.text?.trim() || null,
    };
  }
}

/** What a revision keeps: the typed content an edit replaces. */
type RevisionContent = Omit<ExperienceReportRevisionModel, 'id' | 'writtenAt' | 'replacedAt'>;

const revisionContent = (report: ExperienceReportModel): RevisionContent => ({
  projectName: report.projectName,
  deliveryModel: report.deliveryModel,
  phases: report.phases,
  recommendations: report.recommendations,
  technologies: report.technologies,
  outcome: report.outcome,
  lessonsLearned: report.lessonsLearned,
  plannedMonths: report.plannedMonths,
  actualMonths: report.actualMonths,
  budgetBand: report.budgetBand,
  teamSizeBand: report.teamSizeBand,
  sourcingNotes: report.sourcingNotes,
  wouldDoAgain: report.wouldDoAgain,
});

function checkContent(input: ExperienceReportEditInput): ReportContent {
  const technologies = checkTechnologies(input.technologies);
  return {
    projectName: checkPlainText(input.projectName, 'projectName', { min: 3, max: 200 }),
    deliveryModel: input.deliveryModel,
    phases: [...new Set(input.phases)],
    recommendations: checkRecommendations(input.recommendations),
    technologies: technologies.display,
    technologyKeys: technologies.keys,
    outcome: checkText(input.outcome, 'outcome', 16 * 1024),
    lessonsLearned: checkText(input.lessonsLearned, 'lessonsLearned', 32 * 1024),
    plannedMonths: checkMonths(input.plannedMonths, 'plannedMonths'),
    actualMonths: checkMonths(input.actualMonths, 'actualMonths'),
    budgetBand: input.budgetBand ?? null,
    teamSizeBand: input.teamSizeBand ?? null,
    sourcingNotes: checkOptionalText(input.sourcingNotes, 'sourcingNotes'),
    wouldDoAgain: input.wouldDoAgain ?? null,
  };
}
