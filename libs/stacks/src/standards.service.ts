import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { badInput, checkPlainText } from '@forum/core';
import { OfficesService, signedInViewer, Visibility, type OfficeModel, type Viewer } from '@forum/identity';
import type {
  StandardStatusInput,
  StandardStatusModel,
  StandardsMatrixModel,
  WipoStandardModel,
} from './dto/standards.model.js';
import { RadarService } from './radar.service.js';
import { isIsoDate } from './stack.rules.js';
import { IpRight, StandardImplementation, WIPO_STANDARDS } from './standards.enums.js';
import { StandardsRepository, type StatusRow } from './standards.repository.js';
import { officeNotFound, unknownOffice } from './stacks.errors.js';

const optionalText = (value: string | null | undefined, field: string) =>
  value?.trim() ? checkPlainText(value, field, { min: 1, max: 2000 }) : null;

const csvCell = (value: string | null) => {
  const text = value ?? '';
  // Quoted when needed (RFC 4180); a leading =, +, - or @ is prefixed so a spreadsheet never runs it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** WIPO standards implementation status (recommendation 7): reports with history, the status, the matrix. */
@Injectable()
export class StandardsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly standardsRows: StandardsRepository,
    private readonly offices: OfficesService,
    private readonly radar: RadarService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.standardsRows.upsertStandards(this.dataSource.manager, WIPO_STANDARDS);
  }

  async standards(): Promise<WipoStandardModel[]> {
    return this.standardsRows.standards(this.dataSource.manager);
  }

  /** Records a report for the caller's office; earlier reports stay as its history. */
  async report(viewer: Viewer, input: StandardStatusInput): Promise<StandardStatusModel> {
    const author = signedInViewer(viewer);
    const standard = await this.standardCode(input.standard);
    const explanation = optionalText(input.explanation, 'explanation');
    if (input.status === StandardImplementation.PARTLY_IMPLEMENTED && !explanation)
      throw badInput('explanation: say how far a PARTLY_IMPLEMENTED standard is implemented', {
        field: 'explanation',
      });
    const planDate = input.planDate?.trim() || null;
    if (planDate && !isIsoDate(planDate))
      throw badInput('planDate: must be an ISO date (YYYY-MM-DD)', { field: 'planDate' });
    if (input.status === StandardImplementation.PLANNED && !planDate)
      throw badInput('planDate: a PLANNED standard needs its date', { field: 'planDate' });
    const sharedWith = input.sharedWith ?? [];
    if (sharedWith.length && input.visibility !== Visibility.OFFICES)
      throw badInput('sharedWith: goes with visibility OFFICES only', { field: 'sharedWith' });
    if (sharedWith.length > 50) throw badInput('sharedWith: at most 50 offices', { field: 'sharedWith' });
    for (const [i, code] of sharedWith.entries())
      if (!(await this.offices.byCode(code))) throw unknownOffice(`sharedWith[${i}]`, code);
    const sharedWithOfficeIds = sharedWith.length ? await this.offices.idsByCodes(sharedWith) : [];
    const row = await this.standardsRows.insert(this.dataSource.manager, {
      officeId: author.officeId,
      standardCode: standard,
      ipRight: input.ipRight,
      status: input.status,
      explanation,
      planDate,
      comment: optionalText(input.comment, 'comment'),
      visibility: input.visibility,
      sharedWithOfficeIds: sharedWithOfficeIds.filter((id) => id !== author.officeId),
      authorId: author.memberId,
    });
    return (await this.withOffices([row]))[0];
  }

  /** The office's current status of a standard per IP right, as far as the viewer may see. */
  async status(viewer: Viewer, standard: string, officeCode: string): Promise<StandardStatusModel[]> {
    const office = await this.offices.byCode(officeCode);
    if (!office) throw officeNotFound(officeCode);
    const rows = await this.standardsRows.current(this.dataSource.manager, viewer, {
      officeIds: [office.id],
      standardCode: await this.standardCode(standard),
      ipRight: null,
    });
    return this.withOffices(rows);
  }

  /** Every report of the office on the standard the viewer may see, newest first. */
  async history(viewer: Viewer, standard: string, officeCode: string): Promise<StandardStatusModel[]> {
    const office = await this.offices.byCode(officeCode);
    if (!office) throw officeNotFound(officeCode);
    const rows = await this.standardsRows.history(this.dataSource.manager, viewer, {
      officeId: office.id,
      standardCode: await this.standardCode(standard),
    });
    return this.withOffices(rows);
  }

  /** Offices by standards, filterable by region and IP right: the current statuses the viewer may see. */
  async matrix(
    viewer: Viewer,
    filter: { region?: string | null; ipRight?: IpRight | null },
  ): Promise<StandardsMatrixModel> {
    const scope = await this.radar.scopeOf(filter.region);
    const rows = await this.standardsRows.current(this.dataSource.manager, viewer, {
      officeIds: scope.officeIds,
      standardCode: null,
      ipRight: filter.ipRight ?? null,
    });
    const standards = await this.standards();
    const order = new Map(standards.map((s, i) => [s.code, i]));
    const rights = Object.values(IpRight);
    const cells = (await this.withOffices(rows)).sort(
      (a, b) =>
        a.office.code.localeCompare(b.office.code) ||
        (order.get(a.standard) ?? 0) - (order.get(b.standard) ?? 0) ||
        rights.indexOf(a.ipRight) - rights.indexOf(b.ipRight),
    );
    const offices = [...new Map(cells.map((c) => [c.office.id, c.office])).values()];
    return { offices, standards, cells };
  }

  /** The matrix's cells as CSV (RFC 4180, header first), the same rows as the query. */
  async matrixCsv(viewer: Viewer, filter: { region?: string | null; ipRight?: string | null }): Promise<string> {
    const ipRight = filter.ipRight ? this.ipRightOf(filter.ipRight) : null;
    const { cells } = await this.matrix(viewer, { region: filter.region, ipRight });
    const header = ['office', 'standard', 'ipRight', 'status', 'planDate', 'explanation', 'comment', 'reportedAt'];
    const lines = cells.map((c) =>
      [c.office.code, c.standard, c.ipRight, c.status, c.planDate, c.explanation, c.comment, c.reportedAt.toISOString()]
        .map(csvCell)
        .join(','),
    );
    return [header.join(','), ...lines].join('\r\n') + '\r\n';
  }

  private ipRightOf(value: string): IpRight {
    if (!(Object.values(IpRight) as string[]).includes(value))
      throw badInput(`ipRight: must be one of ${Object.values(IpRight).join(', ')}`, { field: 'ipRight' });
    return value as IpRight;
  }

  private async standardCode(value: string): Promise<string> {
    const wanted = value
      .trim()
      .toUpperCase()
      .replace(/^ST\s*\.?\s*/, 'ST.');
    const known = await this.standards();
    const standard = known.find((s) => s.code === wanted);
    if (!standard) throw badInput(`standard: no WIPO standard "${value}"`, { field: 'standard' });
    return standard.code;
  }

  private async withOffices(rows: StatusRow[]): Promise<StandardStatusModel[]> {
    const offices = await this.offices.officesByIds(rows.map((r) => r.office_id));
    return rows.flatMap((row, i) => {
      const office: OfficeModel | null = offices[i];
      return office
        ? [
            {
              office,
              standard: row.standard_code,
              ipRight: row.ip_right,
              status: row.status,
              explanation: row.explanation,
              planDate: row.plan_date,
              comment: row.comment,
              reportedAt: row.reported_at,
              visibility: row.visibility,
            },
          ]
        : [];
    });
  }
}
