import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MembersService, OfficesService, signedInViewer, type Viewer } from '@forum/identity';
import { CalendarRepository, type DecommissionRow } from './calendar.repository.js';
import type { CalendarFeedModel, DecommissionEntryModel } from './dto/calendar.model.js';
import { icalendar } from './icalendar.js';
import { hasObsolescenceWarning } from './stack.rows.js';
import { isIsoDate } from './stack.rules.js';
import { badDateRange } from './stacks.errors.js';

/** The widest range one request may ask (a decade), so a calendar read stays small. */
const MAX_RANGE_DAYS = 3660;
export const FEED_PATH = '/api/calendar/decommissions.ics';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** The decommission calendar: retirements and vendor ends of support across the stacks a viewer may see. */
@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly calendar: CalendarRepository,
    private readonly offices: OfficesService,
    private readonly members: MembersService,
  ) {}

  /** Entries dated in [from, to] (ISO dates, inclusive), oldest first. */
  async entries(viewer: Viewer, from: string, to: string): Promise<DecommissionEntryModel[]> {
    if (!isIsoDate(from)) throw badDateRange('from', 'must be an ISO date (YYYY-MM-DD)');
    if (!isIsoDate(to)) throw badDateRange('to', 'must be an ISO date (YYYY-MM-DD)');
    if (to < from) throw badDateRange('to', 'is before from');
    if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS)
      throw badDateRange('to', `the range is at most ${MAX_RANGE_DAYS} days`);
    const rows = await this.calendar.entries(this.dataSource.manager, viewer, { from, to });
    const offices = await this.offices.officesByIds(rows.map((row) => row.office_id));
    return rows.flatMap((row, i) => {
      const office = offices[i];
      return office ? [this.toEntry(row, office)] : [];
    });
  }

  /** The same entries as an iCalendar document. */
  async ics(viewer: Viewer, range: { from?: string; to?: string }, now: Date): Promise<string> {
    const from = range.from ?? `${now.getUTCFullYear()}-01-01`;
    const to = range.to ?? `${now.getUTCFullYear() + 5}-12-31`;
    const entries = await this.entries(viewer, from, to);
    return icalendar(
      'Decommission calendar (IP Office ICT Forum)',
      entries.map((entry) => ({
        uid: entry.uid,
        date: entry.date,
        summary:
          entry.reason === 'OFFICE_RETIREMENT'
            ? `${entry.office.code} retires ${productLine(entry)}`
            : `Vendor support ends: ${productLine(entry)} at ${entry.office.code}`,
        description: [
          `Layer: ${entry.layer}`,
          entry.successor ? `Successor: ${entry.successor}` : null,
          entry.roadmapItem
            ? `Roadmap: ${entry.roadmapItem.title} (${entry.roadmapItem.action}, ${entry.roadmapItem.targetDate})`
            : null,
          entry.obsolescenceWarning ? "Warning: the vendor's support ends before the planned retirement." : null,
        ]
          .filter(Boolean)
          .join('\n'),
      })),
      now,
    );
  }

  /** A new personal feed token for the signed-in member (the previous one stops working). */
  async newFeedToken(viewer: Viewer): Promise<CalendarFeedModel> {
    const member = signedInViewer(viewer);
    const token = randomBytes(32).toString('base64url');
    await this.calendar.setFeedToken(this.dataSource.manager, member.memberId, hashOf(token));
    return { token, path: `${FEED_PATH}?token=${token}` };
  }

  /** The viewer a feed token stands for: its member as of now (null when unknown or deactivated). */
  async viewerOfFeedToken(token: string): Promise<Viewer> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const memberId = await this.calendar.memberOfFeedToken(this.dataSource.manager, hashOf(token));
    const member = memberId ? await this.members.byId(memberId) : null;
    return member?.active ? { memberId: member.id, officeId: member.office.id, role: member.role } : null;
  }

  private toEntry(row: DecommissionRow, office: DecommissionEntryModel['office']): DecommissionEntryModel {
    return {
      office,
      officeId: row.office_id,
      layer: row.layer,
      product: row.product,
      version: row.version,
      date: row.date,
      reason: row.reason,
      successor: row.successor,
      roadmapItem:
        row.roadmap_title && row.roadmap_target_date && row.roadmap_action
          ? {
              title: row.roadmap_title,
              component: row.roadmap_component,
              targetDate: row.roadmap_target_date,
              action: row.roadmap_action,
            }
          : null,
      obsolescenceWarning: hasObsolescenceWarning(row),
      uid: `${row.office_id}-${row.layer}-${row.product}-${row.reason}@ip-office-ict-forum`.replace(/\s+/g, '_'),
    };
  }
}

const productLine = (entry: DecommissionEntryModel) =>
  `${entry.product}${entry.version ? ` ${entry.version}` : ''} (${entry.layer})`;
